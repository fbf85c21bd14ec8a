import { expect, test, type Page } from '@playwright/test';

/**
 * Characters a line holds in each of the main column's longer paragraphs and list items: its width over an
 * average letter's (a list item laid out as a grid or flex box is a row of parts, not a line of text).
 */
function charactersPerLine(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main :is(p, dd, li)')]
      .filter((node) => (node.textContent ?? '').length > 200)
      .filter((node) => !['grid', 'flex'].includes(getComputedStyle(node).display))
      .map((node) => {
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
        node.append(probe);
        const perCharacter = probe.getBoundingClientRect().width / 104;
        probe.remove();
        return node.getBoundingClientRect().width / perCharacter;
      }),
  );
}

/** One page of each kind but the speech's, which lays out its own columns (sections, text, notes). */
const PAGES = [
  '/',
  '/about/',
  '/accessibility/',
  '/changes/',
  '/data/',
  '/notes/',
  '/offline/',
  '/sources/',
  '/glossary/',
  '/glossary/cyberpower/',
  '/themes/',
  '/themes/cybersecurity/',
  '/timeline/',
  '/introduction/',
  '/concordance/',
  '/search/?q=cyberpower',
  '/no-such-page/',
];

test('every page keeps to one grid at 1440 px: two column widths from one left edge, the title on it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const boxes = [];
  for (const path of PAGES) {
    await page.goto(path);
    boxes.push(
      await page.evaluate((path) => {
        const main = document.querySelector('main')?.getBoundingClientRect();
        const title = document.querySelector('main h1')?.getBoundingClientRect();
        return { path, left: main?.left, width: main?.width, titleLeft: title?.left };
      }, path),
    );
  }
  // Were five widths (768, 704, 896, 1,024 and 1,152 px): now the text column and the wide one.
  expect(new Set(boxes.map((box) => box.width)).size, JSON.stringify(boxes)).toBe(2);
  expect(new Set(boxes.map((box) => box.left)).size, JSON.stringify(boxes)).toBe(1);
  for (const box of boxes) expect(box.titleLeft, box.path).toBe(box.left);
});

for (const path of PAGES) {
  test(`${path} keeps its reading text to a measure of 55 to 76 characters on a wide screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('a.search-hit').first()).toBeVisible();
    const measures = await charactersPerLine(page);
    // Those pages have no paragraph of 200 characters; every other one is measured.
    if (!['/offline/', '/concordance/', '/no-such-page/'].includes(path))
      expect(measures.length).toBeGreaterThan(0);
    for (const measure of measures) {
      expect(measure, path).toBeLessThanOrEqual(76);
      expect(measure, path).toBeGreaterThanOrEqual(55);
    }
  });
}

test('the whole speech sets its title where a section page sets its own', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const place = async (path: string) => {
    await page.goto(path);
    return page.evaluate(() => {
      const title = document.querySelector('h1')?.getBoundingClientRect();
      const header = document.querySelector('main article header')?.getBoundingClientRect();
      return { left: title?.left ?? NaN, top: (header?.top ?? NaN) + window.scrollY };
    });
  };
  const whole = await place('/speech/');
  const section = await place('/speech/cybersecurity/');
  expect(Math.abs(whole.left - section.left)).toBeLessThanOrEqual(4);
  expect(Math.abs(whole.top - section.top)).toBeLessThanOrEqual(4);
});
