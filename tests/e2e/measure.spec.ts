import { expect, test, type Page } from '@playwright/test';

/** Characters a line holds in each of the main column's longer paragraphs: its width over an average letter's. */
function charactersPerLine(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main :is(p, dd)')]
      .filter((node) => (node.textContent ?? '').length > 200)
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

for (const path of ['/glossary/', '/glossary/cyberpower/', '/timeline/', '/introduction/']) {
  test(`${path} keeps its reading text to a measure of at most 80 characters on a wide screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    const measures = await charactersPerLine(page);
    expect(measures.length, path).toBeGreaterThan(0);
    for (const measure of measures) expect(measure, path).toBeLessThanOrEqual(80);
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
