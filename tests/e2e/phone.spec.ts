import { expect, test, type Locator } from '@playwright/test';

/** The phone's lists read whole (issue 23, item 13). */

/**
 * For each element, whether the characters around each of its separators and hyphens share a line: a
 * "·" never ends a line away from what it introduces, and a hyphenated word never breaks at its hyphen.
 */
const brokenJoins = (items: Locator) =>
  items.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const text = element.textContent ?? '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      // The box of the character at an offset of the element's text.
      const box = (offset: number) => {
        let rest = offset;
        for (const node of nodes) {
          if (rest < node.data.length) {
            const range = document.createRange();
            range.setStart(node, rest);
            range.setEnd(node, rest + 1);
            return range.getBoundingClientRect();
          }
          rest -= node.data.length;
        }
        return undefined;
      };
      const joins = [...text.matchAll(/·\s*(?=¶)|(?<=\p{L})[-\u2011](?=\p{L})/gu)];
      return joins.flatMap((join) => {
        const before = box(join.index);
        const after = box(join.index + join[0].length);
        const apart = !before || !after || Math.abs(before.top - after.top) > 4;
        return apart ? [text.trim()] : [];
      });
    }),
  );

test('at 390 px the sections lists never leave "·" at a line end nor break "e-government" at its hyphen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/speech/digital-economy/');
  const toc = page.getByRole('navigation', { name: 'Sections' });
  await toc.locator('summary').click();
  const links = toc.locator('ol > li');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThan(5);
  expect(await brokenJoins(links)).toEqual([]);
  await page.goto('/');
  const items = page.locator('main ol > li').filter({ hasText: '¶' });
  expect(await items.count()).toBeGreaterThan(5);
  expect(await brokenJoins(items)).toEqual([]);
  await expect(page.getByText('e\u2011government', { exact: false }).first()).toBeVisible();
});

test('at 390 px timeline dates keep to one line, and an entry’s timeline titles hang beside their dates', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline/');
  const dateLines = await page.locator('.timeline-table tbody th time').evaluateAll((times) =>
    times.map((time) => {
      const range = document.createRange();
      range.selectNodeContents(time);
      return { date: time.textContent, lines: new Set([...range.getClientRects()].map((r) => r.top)).size };
    }),
  );
  expect(dateLines.length).toBeGreaterThan(10);
  expect(dateLines.filter(({ lines }) => lines !== 1)).toEqual([]);

  let wrapped = 0;
  for (const entry of ['/glossary/chinese-dream/', '/glossary/belt-and-road-initiative/']) {
    await page.goto(entry);
    const items = page.getByRole('region', { name: 'On the timeline' }).getByRole('listitem');
    const placements = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const date = li.querySelector('span')?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(li.querySelector('a') ?? li);
        const lefts = [...range.getClientRects()].map((r) => Math.round(r.left));
        const dateRange = document.createRange();
        dateRange.selectNodeContents(li.querySelector('span') ?? li);
        const dateLines = new Set([...dateRange.getClientRects()].map((r) => r.top)).size;
        return {
          lines: lefts.length,
          hangs: !!date && lefts.every((left) => left >= date.right) && dateLines === 1,
        };
      }),
    );
    expect(placements.length, entry).toBeGreaterThan(0);
    expect(
      placements.filter(({ hangs }) => !hangs),
      entry,
    ).toEqual([]);
    wrapped += placements.filter(({ lines }) => lines > 1).length;
  }
  // At least one title runs to a second line, so the test sees a hanging line.
  expect(wrapped).toBeGreaterThan(0);
});

test('at 390 px the header keeps to two rows: the links on one line, search a button that opens the search page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/speech/cybersecurity/');
  const banner = page.getByRole('banner');
  const height = (await banner.boundingBox())?.height ?? Infinity;
  // Was 145 px: the name and toggle, the links with "About" wrapped alone, then the search field.
  expect(height).toBeLessThanOrEqual(100);
  const linkTops = await banner
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(linkTops).toHaveLength(5);
  expect(new Set(linkTops).size).toBe(1);
  await expect(banner.getByRole('searchbox')).toBeHidden();
  const toggle = banner.getByRole('button', { name: 'Dark scheme' });
  const search = banner.getByRole('button', { name: 'Search', exact: true });
  for (const control of [toggle, search]) {
    const box = await control.boundingBox();
    expect(box?.y ?? Infinity, 'on the name’s row').toBeLessThan(linkTops[0] ?? 0);
  }
  await search.click();
  await expect(page).toHaveURL(/\/search\/(\?q=)?$/u);
  await expect(page.getByRole('main').getByRole('searchbox')).toBeFocused();

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/speech/cybersecurity/');
  await expect(banner.getByRole('searchbox')).toBeVisible();
  expect((await banner.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(72);
});
