import { expect, test, type Page } from '@playwright/test';

const SECTION = '/speech/cybersecurity/';

/** The speaker's words of a paragraph as the page shows them, editorial elements left out. */
const speakerWords = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((paragraph) => {
    const copy = paragraph.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-editorial]').forEach((element) => element.remove());
    return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
  });

test('on a wide screen each note stands in the margin beside the line of its term', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SECTION);
  const mark = page.locator('#p4-r1');
  const note = page.locator('#p4-n1');
  await expect(note).toBeVisible();
  const [markBox, noteBox, textBox] = await Promise.all([
    mark.boundingBox(),
    note.boundingBox(),
    page.locator('#p4 p').boundingBox(),
  ]);
  expect(noteBox && textBox && noteBox.x).toBeGreaterThanOrEqual((textBox?.x ?? 0) + (textBox?.width ?? 0));
  expect(Math.abs((noteBox?.y ?? 0) - (markBox?.y ?? 0))).toBeLessThan(40);
});

test('on a phone a note opens and closes in place by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(SECTION);
  const mark = page.locator('#p4-r1');
  const note = page.locator('#p4-n1');
  await expect(note).toBeHidden();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(new RegExp(`${SECTION}$`, 'u'));
  await page.keyboard.press('Enter');
  await expect(note).toBeHidden();
  await page.keyboard.press('Enter');
  await note.getByRole('link', { name: 'Back to the text' }).focus();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(mark).toBeFocused();
});

test('without JavaScript a note mark still opens its note', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(SECTION);
  await expect(page.locator('#p4-n1')).toBeHidden();
  await page.locator('#p4-r1').click();
  await expect(page.locator('#p4-n1')).toBeVisible();
  await context.close();
});

test('in print the notes become numbered footnotes after the text', async ({ page }) => {
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidenote').first()).toBeHidden();
  const marks = await page.locator('.note-ref').count();
  const footnotes = page.locator('.print-notes li');
  await expect(footnotes).toHaveCount(marks);
  await expect(footnotes.first()).toBeVisible();
  await expect(footnotes.first()).toHaveText(
    /^national security 国家安全 .+\. .+ \(¶4; http:\/\/[^ ]+\/glossary\/national-security\/\)$/u,
  );
  await expect(page.locator('.print-notes')).not.toContainText('Back to the text');
  await expect(page.locator('#p4-r1')).toBeVisible();
});

test('in print without JavaScript each note stands in brackets where it is', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#p4-n1')).toBeVisible();
  await expect(page.locator('#p4-n1 .sidenote-back')).toBeHidden();
  await expect(page.locator('#p4-r1')).toBeHidden();
  await context.close();
});

test('the reader can hide every note, and show the Chinese without altering the speaker’s words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SECTION);
  const before = await speakerWords(page, 'p4');
  await expect(page.locator('.term-zh').first()).toBeHidden();
  await page.getByRole('checkbox', { name: 'Show Chinese originals' }).check();
  await expect(page.locator('#p4 .term-zh', { hasText: '关键信息基础设施' }).first()).toBeVisible();
  expect(await speakerWords(page, 'p4')).toBe(before);
  await page.getByRole('checkbox', { name: 'Show notes' }).uncheck();
  await expect(page.locator('.sidenote').first()).toBeHidden();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show notes' })).not.toBeChecked();
  await expect(page.locator('#p4 .term-zh').first()).toBeVisible();
});

test('a glossary entry lists its uses and each lands on its paragraph', async ({ page }) => {
  await page.goto('/glossary/critical-information-infrastructure/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('critical information infrastructure');
  await expect(page.locator('[lang="zh-Hans"]').first()).toHaveText('关键信息基础设施');
  const uses = page.getByRole('region', { name: /In the speech/u }).getByRole('link', { name: '¶4' });
  await uses.first().click();
  await expect(page).toHaveURL(/\/speech\/cybersecurity\/#p4$/u);
  await expect(page.locator('#p4')).toBeInViewport();
  await expect(page.locator('#p4:target')).toBeVisible();
});

test('every term in the text links to its glossary entry', async ({ page }) => {
  await page.goto(SECTION);
  const link = page.locator('#p4 a.term').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href ?? 'none'}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
