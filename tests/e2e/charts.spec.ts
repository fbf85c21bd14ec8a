import { expect, test, type Locator, type Page } from '@playwright/test';
import { sectionPaths } from './pages';

/** Each column label (¶1 to ¶9) of a theme map, with its box, and its scrolling frame's box. */
async function columnBoxes(map: Locator) {
  return map.evaluate((svg) => {
    const frame = (svg.parentElement ?? svg).getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text, tspan')].filter((t) =>
      /^¶\d+$/u.test(t.textContent ?? ''),
    );
    return {
      frame: { left: frame.left, right: frame.right },
      columns: labels.map((t) => {
        const box = t.getBoundingClientRect();
        return { name: t.textContent, left: box.left, right: box.right, size: box.height };
      }),
    };
  });
}

async function expectWholeMap(page: Page, map: Locator, width: number) {
  const { frame, columns } = await columnBoxes(map);
  expect(columns.map((c) => c.name)).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5', '¶6', '¶7', '¶8', '¶9']);
  for (const column of columns) {
    // Every column within the frame and the screen, with no scrolling, its label still legible.
    expect(column.left).toBeGreaterThanOrEqual(Math.max(0, frame.left) - 0.5);
    expect(column.right).toBeLessThanOrEqual(Math.min(width, frame.right) + 0.5);
    expect(column.size).toBeGreaterThanOrEqual(width < 390 ? 10 : 12);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const width of [390, 320]) {
  test(`at ${width} px a section's theme map shows all nine paragraphs, with a key to its shading`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(sectionPaths.find((p) => p.includes('cybersecurity')) ?? '/speech/cybersecurity/');
    const map = page.getByRole('group', { name: /^The themes of “Cybersecurity”/u });
    await map.scrollIntoViewIfNeeded();
    await expectWholeMap(page, map, width);
    const key = page.getByText('Stronger colour: more of the paragraph carries the theme.');
    await expect(key).toBeVisible();
    await expect(key).toContainText('Shaded: this section’s paragraphs.');
    // The key's swatches are drawn boxes, beside their words.
    const swatches = await key.evaluate((p) =>
      [...p.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().width),
    );
    expect(swatches).toHaveLength(2);
    // The ramp leads the key's first line, not a line of its own.
    const [keyTop, rampTop] = await key.evaluate((p) => [
      p.getBoundingClientRect().top,
      p.querySelector('svg')?.getBoundingClientRect().top ?? NaN,
    ]);
    expect(rampTop - (keyTop ?? NaN)).toBeLessThan(8);
    for (const w of swatches) expect(w).toBeGreaterThan(8);
  });
}

test('at 390 px the themes map shows all nine paragraphs, with a key to its shading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/themes/');
  const map = page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.locator('text') })
    .first();
  await map.scrollIntoViewIfNeeded();
  await expectWholeMap(page, map, 390);
  await expect(page.getByText('Stronger colour: more of the paragraph carries the theme.')).toBeVisible();
});

test('at 390 px the timeline opens at this speech’s line, and says that it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/timeline/');
  const chart = page.getByRole('group', { name: /^Timeline of the policy field/u });
  const speech = chart.getByRole('link', { name: /^20 April 2018/u });
  await chart.scrollIntoViewIfNeeded();
  const box = await speech.locator('line').boundingBox();
  expect(box).not.toBeNull();
  expect(box?.x ?? NaN).toBeGreaterThan(0);
  expect((box?.x ?? NaN) + (box?.width ?? NaN)).toBeLessThan(390);
  // The years on either side of it in view too, so the line reads in its time.
  for (const year of ['2017', '2019']) {
    const label = await chart.getByText(year, { exact: true }).boundingBox();
    expect(label?.x ?? NaN).toBeGreaterThanOrEqual(0);
    expect((label?.x ?? NaN) + (label?.width ?? NaN)).toBeLessThanOrEqual(390);
  }
  await expect(page.getByText('Scroll sideways for earlier and later years')).toBeVisible();
});

test('at 1440 px the timeline fits, opens at its start, and says nothing of scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/timeline/');
  const chart = page.getByRole('group', { name: /^Timeline of the policy field/u });
  await expect(chart.getByText('2012', { exact: true })).toBeInViewport();
  expect(await chart.evaluate((svg) => svg.parentElement?.scrollLeft)).toBe(0);
  await expect(page.getByText('Scroll sideways for earlier and later years')).toBeHidden();
});
