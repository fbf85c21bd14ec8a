import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reference } from '../support/paths';
import { normalizeWhitespace } from '../support/text';

/** The reader's aids that load on first use: previews of references, reading by keys, "Continue reading". */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const tooltip = (page: Page) => page.getByRole('tooltip');

/** When, in the page's clock, the pointer reached a link and its preview opened. */
interface PreviewTimes {
  entered?: number;
  shown?: number;
}

/** Axe on what the aid adds to the page (the pages themselves are checked in accessibility.spec.ts). */
async function axeClean(page: Page, selector: string) {
  // Axe reads the whole of a long page even when told to judge a part of it.
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
}

/** Where every paragraph of the page's main text stands: a preview must move none of them. */
const layout = (page: Page) =>
  page.locator('main p').evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const box = p.getBoundingClientRect();
      return [Math.round(box.top + scrollY), Math.round(box.height)];
    }),
  );

test('a glossary link previews its entry on hover, after a delay, and Escape or moving away closes it', async ({
  page,
}) => {
  await page.goto('/introduction/');
  const link = page.locator('main a[href="/glossary/cyberpower/"]').first();
  await link.scrollIntoViewIfNeeded();
  const before = await layout(page);
  await link.hover();
  await expect(tooltip(page)).toBeVisible();
  await expect(tooltip(page)).toContainText('cyberpower');
  await expect(tooltip(page).locator('[lang="zh-Hans"]').first()).toHaveText('网络强国');
  await expect(tooltip(page)).toHaveAttribute('data-editorial');
  await expect(link).toHaveAttribute('aria-describedby', 'reference-preview');
  expect(await layout(page)).toEqual(before);
  // The preview stands by the link, on the screen.
  const [tip, at] = [await tooltip(page).boundingBox(), await link.boundingBox()];
  expect(tip && at && Math.abs(tip.y - (at.y + at.height)) < 40).toBe(true);
  await axeClean(page, '#reference-preview');

  await page.keyboard.press('Escape');
  await expect(tooltip(page)).toBeHidden();
  // Back over the link, it shows again, not at once (a pointer passing over a link shows nothing): timed in
  // the page from the pointer's arrival to the preview's opening, now that its code and data are loaded, so
  // that a slow machine cannot make the test wait past the delay. Moving away closes it.
  await page.mouse.move(5, 5);
  await link.evaluate((anchor) => {
    const times: PreviewTimes = {};
    (window as { previewTimes?: PreviewTimes }).previewTimes = times;
    anchor.addEventListener('pointerenter', () => (times.entered ??= performance.now()));
    const opened = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') times.shown ??= performance.now();
    };
    document.addEventListener('toggle', opened, { capture: true });
  });
  await link.hover();
  await expect(tooltip(page)).toBeVisible();
  const { entered = NaN, shown = NaN } = await page.evaluate(
    () => (window as { previewTimes?: PreviewTimes }).previewTimes ?? {},
  );
  expect(shown - entered).toBeGreaterThanOrEqual(250);
  await page.mouse.move(5, 5);
  await expect(tooltip(page)).toBeHidden();

  // The link still leads to its entry.
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/cyberpower\/$/u);
});

test('a link to a paragraph previews its words, set as the speaker’s, on keyboard focus', async ({
  page,
}) => {
  await page.goto('/introduction/');
  const link = page.locator('main a[href$="#p3"]').first();
  await link.focus();
  await expect(tooltip(page)).toBeVisible();
  const words = tooltip(page).locator('blockquote');
  expect(normalizeWhitespace((await words.textContent()) ?? '')).toBe(reference.paragraphs[2]);
  await expect(words).not.toHaveAttribute('data-editorial');
  // A long paragraph's preview shows its first lines, and the whole preview stays on the screen.
  const tip = await tooltip(page).boundingBox();
  const screen = page.viewportSize();
  expect(tip && screen && tip.y >= 0 && tip.y + tip.height <= screen.height).toBe(true);
  const face = await words.evaluate((element) => getComputedStyle(element).fontFamily);
  const speechFace = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--font-serif'),
  );
  expect(speechFace.length).toBeGreaterThan(0);
  expect(face.split(',')[0]?.trim()).toBe(speechFace.split(',')[0]?.trim());
  await axeClean(page, '#reference-preview');
  // Leaving the link by keyboard closes the preview; Enter still follows it.
  await page.keyboard.press('Shift+Tab');
  await expect(tooltip(page)).toBeHidden();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3$/u);
});

test('inside the speech, where margin notes define the terms, links are not previewed', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  const term = page.locator('#p4 a.term').first();
  await term.hover();
  await page.waitForTimeout(800);
  await expect(tooltip(page)).toBeHidden();
});

test('on a touch screen a tap follows the link with no preview', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/timeline/');
  const link = page.locator('main a[href^="/glossary/"]').first();
  const href = await link.getAttribute('href');
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`${href ?? '-'}$`, 'u'));
  await expect(tooltip(page)).toBeHidden();
  await context.close();
});

test('j and k move between paragraphs, ? shows the keys, and neither fires while typing', async ({
  page,
}) => {
  await page.goto('/speech/');
  const focusedParagraph = () => page.evaluate(() => document.activeElement?.closest('[id^="p"]')?.id);
  await page.keyboard.press('j');
  await expect.poll(focusedParagraph).toBe('p1');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(focusedParagraph).toBe('p3');
  await expect(page.locator('#p3')).toBeInViewport();
  await page.keyboard.press('k');
  await expect.poll(focusedParagraph).toBe('p2');

  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keys' });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('Next paragraph');
  await axeClean(page, '#reading-keys');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  await expect.poll(focusedParagraph).toBe('p2');

  // In the search field, j is a letter.
  const field = page.getByRole('searchbox').first();
  await field.focus();
  await page.keyboard.type('jk?');
  await expect(field).toHaveValue('jk?');
  await expect(field).toBeFocused();
  await expect(keys).toBeHidden();
});

test('“Continue reading” shows only once a paragraph was read, and leads back to it', async ({ page }) => {
  await page.goto('/');
  const resume = page.getByRole('link', { name: 'Continue reading where you left off' });
  await expect(resume).toBeHidden();
  await page.goto('/speech/');
  await page.locator('#p5').evaluate((p) => scrollTo(0, p.getBoundingClientRect().top + scrollY - 100));
  await page.goto('/');
  await expect(resume).toBeVisible();
  await expect(resume).toHaveAttribute('href', '/speech/core-technologies/#p5');
  await page.goto('/speech/');
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(/\/speech\/core-technologies\/#p5$/u);
  await expect(page.locator('#p5')).toBeInViewport();
});
