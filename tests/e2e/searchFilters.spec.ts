import { expect, test, type Page } from '@playwright/test';

const summary = (page: Page) => page.locator('speech-search-page [data-search-status]');
const results = (page: Page) => page.locator('speech-search-page a.search-hit');

/** The number the page says it shows, once the search has settled. */
async function shownCount(page: Page): Promise<number> {
  await expect(page.locator('speech-search-page:not([aria-busy])')).toBeAttached();
  await expect(summary(page)).toHaveText(/^(\d+ results?|No results) for/u);
  const count = Number(/^(\d+)/u.exec((await summary(page).textContent()) ?? '')?.[1] ?? 0);
  await expect(results(page)).toHaveCount(count);
  return count;
}

/** Every filter's label and the count beside it. */
const filterCounts = (page: Page) =>
  page.locator('speech-search-page input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.map((box) => ({
      id: box.id,
      value: (box as HTMLInputElement).value,
      name: (box as HTMLInputElement).name,
      count: Number(
        /\((\d+)\)/u.exec(document.querySelector(`[data-count-for="${box.id}"]`)?.textContent ?? '')?.[1],
      ),
    })),
  );

for (const query of ['talent', 'critical information infrastructure', 'innovation']) {
  test(`for “${query}”, each filter's count is how many of the results it holds, and ticking it leaves them`, async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const total = await shownCount(page);
    expect(total).toBeGreaterThan(0);
    // Every result is of one kind, so the kinds add up to the results shown.
    const counts = await filterCounts(page);
    const kinds = counts.filter((filter) => filter.name === 'kind');
    expect(kinds.reduce((sum, filter) => sum + filter.count, 0)).toBe(total);
    // Ticking a filter leaves exactly the results it counted; try every kind and the themes that hold any.
    const tried = [
      ...kinds,
      ...counts.filter((filter) => filter.name === 'theme' && filter.count > 0).slice(0, 3),
    ];
    for (const filter of tried) {
      await page.locator(`#${filter.id}`).check();
      if (filter.count === 0) await expect(summary(page)).toHaveText(/^No results/u);
      else expect(await shownCount(page), `${filter.value} for “${query}”`).toBe(filter.count);
      await page.locator(`#${filter.id}`).uncheck();
      expect(await shownCount(page)).toBe(total);
    }
  });
}

test('a ticked group counts what each of its values would add, and the other group follows the results', async ({
  page,
}) => {
  await page.goto('/search/?q=talent&kind=Speech');
  const shown = await shownCount(page);
  const counts = await filterCounts(page);
  const speech = counts.find((filter) => filter.value === 'Speech');
  expect(speech?.count).toBe(shown);
  // Theme, still unticked, counts what ticking it would add to the Speech results.
  await page.goto('/search/?q=talent');
  await shownCount(page);
  const all = await filterCounts(page);
  for (const kind of counts.filter((filter) => filter.name === 'kind'))
    expect(kind.count, kind.value).toBe(all.find((filter) => filter.id === kind.id)?.count);
});

test('on a phone the results come first, with the filters folded into a disclosure that counts the ticked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/search/?q=cybersecurity&theme=Cybersecurity');
  await shownCount(page);
  const disclosure = page.locator('speech-search-page details.search-filters');
  await expect(disclosure.locator('summary')).toHaveText('Filters (1 active)');
  await expect(page.getByRole('checkbox', { name: /^Speech/u })).toBeHidden();
  await expect(results(page).first()).toBeInViewport();
  await disclosure.locator('summary').click();
  await page.getByRole('checkbox', { name: /^Speech/u }).check();
  await expect(disclosure.locator('summary')).toHaveText('Filters (2 active)');
});

test('on a wide screen the filters are shown beside the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/search/?q=talent');
  await shownCount(page);
  await expect(page.getByRole('checkbox', { name: /^Speech/u })).toBeVisible();
  await expect(page.locator('speech-search-page details.search-filters summary')).toBeHidden();
  const filters = await page.locator('speech-search-page details.search-filters').boundingBox();
  const list = await results(page).first().boundingBox();
  expect((filters?.x ?? 0) > (list?.x ?? 0) + (list?.width ?? 0) - 1).toBe(true);
});
