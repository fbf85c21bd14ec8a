import { expect, test, type Locator, type Page } from '@playwright/test';
import { SECTIONS_NAV_ID } from '../../src/lib/contract';

/** The long pages and their contents: the whole speech's list of sections, the introduction's contents. */
const longPages = [
  { path: '/speech/', contents: `#${SECTIONS_NAV_ID}` },
  { path: '/introduction/', contents: 'nav:has(#introduction-contents)' },
];

/** Scrolls to a fraction of the page's height (0 the top, 1 the end). */
async function scrollTo(page: Page, fraction: number) {
  await page.evaluate((at) => {
    window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * at);
  }, fraction);
}

/** Whether an element's box lies wholly on screen. */
async function onScreen(element: Locator) {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    // A pixel of give: a fragment scrolls its target to a rounded position.
    return box.height > 0 && box.top >= -1 && box.bottom <= window.innerHeight + 1;
  });
}

for (const { path, contents } of longPages) {
  test(`${path} keeps its contents in view far down the page on a wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    const nav = page.locator(contents);
    const box = nav.locator(':scope > div');
    for (const fraction of [0.4, 0.7, 0.95]) {
      await scrollTo(page, fraction);
      expect(await onScreen(box), `${path} at ${fraction}`).toBe(true);
    }
    // The link for phones stays out of the way where the contents are in view.
    await expect(page.locator('.contents-link')).toBeHidden();
  });

  test(`${path} keeps a link back to its contents on screen at any depth on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const target = contents.startsWith('#') ? contents : '#introduction-contents';
    const link = page.locator(`a[href="${target}"]`);
    // At the top the contents are in view, and the link keeps off the text until the reader scrolls.
    await expect(link).toBeHidden();
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 1]) {
      await scrollTo(page, fraction);
      expect(await onScreen(link), `${path} at ${fraction}`).toBe(true);
    }
    await link.click();
    await expect.poll(() => onScreen(page.locator(target))).toBe(true);
  });
}

test('on a phone the link back to the contents gives way to the notice of a new version', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/introduction/');
  await scrollTo(page, 0.5);
  const link = page.locator('.contents-link');
  await expect(link).toBeVisible();
  // The notice as updateNotice.ts adds it when a new version is waiting (a second build is needed for the real one).
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('section'), { className: 'update-notice' })),
  );
  await expect(link).toBeHidden();
  await page.locator('.update-notice').evaluate((notice) => notice.remove());
  await expect(link).toBeVisible();
});
