import { expect, test, type Page } from '@playwright/test';
import { SEARCH_ALL, SEARCH_HIT } from '../../src/lib/contract';

const header = (page: Page) =>
  page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
const hits = (page: Page) => page.locator(`a.${SEARCH_HIT.hit}`);

test('the header’s few results lead to all of them, as many as the search page lists', async ({ page }) => {
  await page.goto('/about/');
  await header(page).fill('cyber');
  const all = page.getByRole('banner').locator(`a.${SEARCH_ALL}`);
  await expect(all).toHaveText(/^All \d+ results$/u);
  const total = Number(/\d+/u.exec((await all.textContent()) ?? '')?.[0]);
  const shown = await page.getByRole('banner').locator(`a.${SEARCH_HIT.hit}`).count();
  expect(total).toBeGreaterThan(shown);
  await expect(page.getByRole('banner').locator('[data-search-summary]')).toHaveText(
    `${shown} of ${total} results for “cyber”.`,
  );
  await expect(all).toHaveAttribute('href', '/search/?q=cyber');
  // The last result's arrow key reaches the link too.
  await header(page).press('ArrowUp');
  await all.click();
  await expect(page.locator('main [data-search-status]')).toHaveText(`${total} results for “cyber”.`);
  await expect(page.locator(`main a.${SEARCH_HIT.hit}`)).toHaveCount(total);
});

test('a few results show no link to all of them', async ({ page }) => {
  await page.goto('/about/');
  await header(page).fill('ZTE');
  await expect(hits(page).first()).toBeVisible();
  await expect(page.getByRole('banner').locator('[data-search-summary]')).toHaveText(
    /^\d+ results? for “ZTE”\.$/u,
  );
  await expect(page.getByRole('banner').locator(`a.${SEARCH_ALL}`)).toHaveCount(0);
});

test('a result’s title leads, and its excerpt is in the face of its kind', async ({ page }) => {
  await page.goto('/search/?q=cybersecurity');
  // The search page fetches every result's details before it lists them: many, for this word.
  await expect(hits(page).first()).toBeVisible({ timeout: 15_000 });
  const measured = await hits(page).evaluateAll(
    (links, names) =>
      links.map((link) => {
        const title = link.querySelector(`.${names.title}`);
        const excerpt = link.querySelector(`.${names.excerpt}`);
        if (!title || !excerpt) return undefined;
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const serifFamilies = getComputedStyle(document.documentElement).getPropertyValue('--font-serif');
        const family = (text: string) => text.replace(/["'\s]/gu, '');
        return {
          href: link.getAttribute('href') ?? '',
          titleFirst: title.getBoundingClientRect().bottom <= excerpt.getBoundingClientRect().top + 1,
          titleLarger: size(title) > size(excerpt),
          serif: family(getComputedStyle(excerpt).fontFamily) === family(serifFamilies),
        };
      }),
    { title: SEARCH_HIT.title, excerpt: SEARCH_HIT.excerpt },
  );
  expect(measured.every(Boolean)).toBe(true);
  for (const hit of measured) {
    expect(hit?.titleFirst, hit?.href).toBe(true);
    expect(hit?.titleLarger, hit?.href).toBe(true);
    // The speech's passages land on a paragraph (#pN); everything else is the editors'.
    expect(hit?.serif, hit?.href).toBe(/#p\d+$/u.test(hit?.href ?? ''));
  }
  expect(measured.some((hit) => hit?.serif)).toBe(true);
  expect(measured.some((hit) => !hit?.serif)).toBe(true);
});

test('marks hold the searched words, not the punctuation around them', async ({ page }) => {
  await page.goto('/search/?q=cyberpower');
  await expect(hits(page).first()).toBeVisible();
  const marks = await page.locator(`main a.${SEARCH_HIT.hit} mark`).allTextContents();
  expect(marks.length).toBeGreaterThan(5);
  expect(marks.filter((mark) => /^[\p{P}\p{S}]|[\p{P}\p{S}]$/u.test(mark))).toEqual([]);
});

test('no page’s indexed text runs one field into the next', async ({ page }) => {
  await page.goto('/search/');
  const contents = await page.evaluate(async (url) => {
    const pagefind = (await import(/* @vite-ignore */ url)) as {
      search(
        query: null,
        options: object,
      ): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    const found = await pagefind.search(null, {
      filters: { kind: { any: ['Glossary', 'Theme', 'Speech'] } },
    });
    return Promise.all(
      found.results.map(async (result) => {
        const data = await result.data();
        return [data.url, data.content] as const;
      }),
    );
  }, '/pagefind/pagefind.js');
  expect(contents.length).toBeGreaterThan(40);
  const runTogether = contents.flatMap(([url, content]) =>
    [
      // A date, then the next field's first word: "20 April 2018 The speech…".
      /\b\d{4} \p{Lu}\p{Ll}/gu,
      // The Chinese of a term, then the definition: "集中统一领导 Formula…".
      /\p{Script=Han} \p{Lu}\p{Ll}/gu,
      // A rendering whose label the index leaves out: "“correct view”: “internet…".
      /”: (?:“|\p{Lu})/gu,
      // A break marked where none was needed: "网信 .".
      / \./gu,
    ].flatMap((pattern) =>
      [...content.matchAll(pattern)].map(
        (match) => `${url}: …${content.slice(Math.max(0, match.index - 30), match.index + 30)}…`,
      ),
    ),
  );
  expect(runTogether).toEqual([]);
});
