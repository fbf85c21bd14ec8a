import { expect, test, type Page } from '@playwright/test';
import { reference } from '../support/paths';
import { normalizeWhitespace } from '../support/text';
import { SITE } from './pages';
import { selectAcross, selectPhrase } from './selection';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const clipboardHtml = (page: Page) =>
  page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });

const selectionRects = (page: Page) =>
  page.evaluate(() =>
    [...(getSelection()?.getRangeAt(0).getClientRects() ?? [])].map(({ top, bottom, left, right }) => ({
      top,
      bottom,
      left,
      right,
    })),
  );

/** Whether the toolbar lies clear of every line of the selection. */
async function clearOfSelection(page: Page) {
  const bar = await page.getByRole('toolbar', { name: 'Quote the selected words' }).boundingBox();
  if (!bar) return false;
  return (await selectionRects(page)).every(
    (rect) =>
      bar.y >= rect.bottom ||
      bar.y + bar.height <= rect.top ||
      bar.x >= rect.right ||
      bar.x + bar.width <= rect.left,
  );
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Quote the selected words' });

test.describe('copying the speech gives only the speaker’s words', () => {
  test('a paragraph with notes and Chinese shown, copied with Ctrl+C on its section page', async ({
    page,
  }) => {
    await page.goto('/speech/cybersecurity/');
    await page.getByLabel('Show Chinese originals').check();
    await selectAcross(page, 'p4', 'p4');
    await expect(toolbar(page)).toBeVisible();
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe(reference.paragraphs[3]);
    expect(await clipboardHtml(page)).toBe(`<p>${reference.paragraphs[3] ?? ''}</p>`);
  });

  test('two paragraphs on /speech/, across the commentary and the heading between them', async ({ page }) => {
    await page.goto('/speech/');
    await selectAcross(page, 'p3', 'p4');
    await expect(toolbar(page)).toBeVisible();
    await page.keyboard.press('Control+C');
    await expect
      .poll(() => clipboard(page))
      .toBe(`${reference.paragraphs[2] ?? ''}\n\n${reference.paragraphs[3] ?? ''}`);
  });

  test('a copy made at the instant of selecting, before the quoting code has loaded, leaves the notes out', async ({
    page,
  }) => {
    // The quoting code arrives only once the test lets it: a slow connection, or a very fast reader. Its
    // chunk is named by its hash alone, so every script asked for once the page is ready is held.
    const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
    await page.goto('/speech/cybersecurity/');
    await page.getByLabel('Show Chinese originals').check();
    await page.waitForLoadState('networkidle');
    await page.route(/\/_astro\/[\w-]+\.js$/u, async (route) => {
      await held;
      await route.continue();
    });
    await selectAcross(page, 'p4', 'p4');
    await page.keyboard.press('Control+C');
    await expect.poll(async () => normalizeWhitespace(await clipboard(page))).toBe(reference.paragraphs[3]);
    expect(await page.locator('html').getAttribute('data-clean-copy')).toBeNull();
    release(undefined);
    await expect(page.locator('html')).toHaveAttribute('data-clean-copy', '');
  });

  test('a selection inside a note copies the note as it is', async ({ page }) => {
    await page.goto('/speech/cybersecurity/');
    await selectPhrase(page, 'p4-n1', 'The security of the state as a whole.');
    // Once the code that keeps notes out of a copy is in place, a note may be selected on its own.
    await expect(page.locator('html')).toHaveAttribute('data-clean-copy', '');
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('The security of the state as a whole.');
  });

  test('without JavaScript, our marks cannot be selected, so a copied paragraph holds the words alone', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/speech/cybersecurity/');
    await selectAcross(page, 'p4', 'p4');
    await page.keyboard.press('Control+C');
    await expect.poll(async () => normalizeWhitespace(await clipboard(page))).toBe(reference.paragraphs[3]);
    await context.close();
  });
});

test.describe('the quote toolbar', () => {
  test('by mouse: copies the words as a cited quote with a link to them, or the link alone', async ({
    page,
  }) => {
    await page.goto('/speech/cybersecurity/');
    await selectPhrase(page, 'p4-3', 'increase our emergency command capability');
    await expect(toolbar(page)).toBeVisible();
    expect(await clearOfSelection(page)).toBe(true);
    await toolbar(page).getByRole('button', { name: 'Copy quote' }).click();
    const quote = await clipboard(page);
    const [, link = ''] =
      /^“increase our emergency command capability”\n\nXi Jinping\. “Enhance Cyber Capabilities Through Innovation\.” Speech, 20 April 2018\. In Xi Jinping: The Governance of China III\. Foreign Languages Press, 2020\. Paragraph 4\. Annotated edition, version \d+\.\d+\.\d+, \d+ \w+ \d{4}\. (\S+)\.$/u.exec(
        quote,
      ) ?? [];
    // The sentence on its canonical page, with the words (and those just before them) as a text directive.
    expect(link).toMatch(
      new RegExp(
        `^${SITE}/speech/cybersecurity/#p4-3:~:text=(\\S+-,)?increase%20our%20emergency%20command%20capability$`,
        'u',
      ),
    );
    expect(await clipboardHtml(page)).toContain(`<a href="${link}">${link}</a>`);
    await expect(toolbar(page).locator('.quote-status')).toHaveText(/Quote copied/u);
    await toolbar(page).getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page)).toBe(link);
    // The link lands on the words.
    await page.goto(link);
    await expect(page.locator('#p4-3')).toBeInViewport();
  });

  test('cites in the style the reader last copied from the cite panel', async ({ page }) => {
    await page.goto('/speech/cybersecurity/');
    await page.getByRole('button', { name: 'Cite paragraph 4' }).click();
    await page.getByRole('button', { name: 'Copy MLA' }).click();
    await page.keyboard.press('Escape');
    await selectPhrase(page, 'p4-5', 'online fraud');
    await toolbar(page).getByRole('button', { name: 'Copy quote' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(/^“online fraud”\n\nXi Jinping\. .*, par\. 4\. Annotated edition, version .*, http/u);
  });

  test('by keyboard: Tab from the selection reaches it, Enter copies, Escape dismisses it', async ({
    page,
  }) => {
    await page.goto('/speech/core-technologies/');
    const words = 'with determination, perseverance and targeted attention.';
    await selectPhrase(page, 'p5-2', words);
    await expect(toolbar(page)).toBeVisible();
    await expect(toolbar(page).locator('[data-quote-hint]')).toHaveText(/press Tab to reach them/u);
    await page.keyboard.press('Tab');
    await expect(toolbar(page).getByRole('button', { name: 'Copy quote' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toolbar(page).getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => clipboard(page))
      .toMatch(
        new RegExp(
          `^${SITE}/speech/core-technologies/#p5-2:~:text=(\\S+-,)?with%20determination%2C%20perseverance%20and%20targeted%20attention\\.$`,
          'u',
        ),
      );
    await page.keyboard.press('Escape');
    await expect(toolbar(page)).toBeHidden();
    // The selection stays for the reader to copy as they like.
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(words);
  });

  test('on a phone it is a bar at the edge of the screen that never covers the selection', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/speech/cybersecurity/');
    await page.locator('#p4-1').scrollIntoViewIfNeeded();
    await selectPhrase(page, 'p4-1', 'Without cybersecurity');
    await expect(toolbar(page)).toBeVisible();
    expect(await clearOfSelection(page)).toBe(true);
    const box = await toolbar(page).boundingBox();
    expect(box?.width).toBe(375);
    // With the selection near the bottom of the screen, the bar moves to the top.
    await page.evaluate(() => {
      const sentence = document.getElementById('p4-1');
      if (sentence) scrollBy(0, sentence.getBoundingClientRect().top - innerHeight + 60);
    });
    await selectPhrase(page, 'p4-1', 'Without cybersecurity');
    await expect.poll(() => clearOfSelection(page)).toBe(true);
  });
});

test.describe('arriving by a quote link', () => {
  test('with a text fragment, lands on the words', async ({ page }) => {
    await page.goto('/speech/cybersecurity/#p4-3:~:text=increase%20our%20emergency%20command%20capability');
    await expect(page.locator('#p4-3')).toBeInViewport();
  });

  test('without text fragment support (the directive stripped), the sentence anchor still lands and marks it', async ({
    page,
  }) => {
    await page.goto('/speech/cybersecurity/#p4-3');
    await expect(page.locator('#p4-3:target')).toBeInViewport();
  });

  test('in a browser that keeps the directive in the address, the sentence is found and marked', async ({
    page,
  }) => {
    // The delimiter percent-encoded: Chromium leaves it in location.hash, as a browser without support does.
    await page.goto('/speech/cybersecurity/#p4-3%3A~%3Atext%3Dincrease');
    const sentence = page.locator('#p4-3[data-quoted]');
    await expect(sentence).toBeInViewport();
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
