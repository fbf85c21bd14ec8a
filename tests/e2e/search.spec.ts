import { expect, test, type Page } from '@playwright/test';
import { firstScriptRan } from './pages';

const header = (page: Page) =>
  page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
const results = (page: Page) => page.locator('a.search-hit');

test('typing in the header shows results, and arrows and Enter open the paragraph', async ({ page }) => {
  await page.goto('/about/');
  await header(page).fill('critical information infrastructure');
  const first = page.getByRole('banner').getByRole('link', { name: /^Cybersecurity ¶4/u });
  await expect(first).toBeVisible();
  await header(page).press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  const target = await page.evaluate(() =>
    (document.activeElement as HTMLAnchorElement).getAttribute('href'),
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(target ?? '').replace(/[?]/gu, '\\?')}$`, 'u'));
});

test('"/" and Ctrl+K put the cursor in the header search, and Escape closes the results', async ({
  page,
}) => {
  await page.goto('/speech/');
  await page.keyboard.press('/');
  await expect(header(page)).toBeFocused();
  await page.keyboard.type('netizens');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results(page).first()).toBeHidden();
  await expect(header(page)).toBeFocused();
  await page.locator('main h1').click();
  await page.keyboard.press('Control+k');
  await expect(header(page)).toBeFocused();
});

test('results of a slow search stay closed when the reader has left the field', async ({ page }) => {
  await page.goto('/speech/');
  // Pagefind answers only once the reader has left the field: as slow as a search can be.
  let answer: (() => void) | undefined;
  const answering = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/pagefind/**', async (route) => {
    await answering;
    await route.continue();
  });
  let pending = 0;
  let fragments = 0;
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pending += 1;
  });
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    pending -= 1;
    if (request.url().includes('/fragment/')) fragments += 1;
  });
  await page.keyboard.press('/');
  await page.waitForFunction(() => customElements.get('speech-search'));
  await page.keyboard.type('netizens');
  await page.keyboard.press('Shift+Tab');
  await expect(header(page)).not.toBeFocused();
  answer?.();
  // Every result the search asked for has arrived, and the page has had two frames to show it.
  await expect.poll(() => pending === 0 && fragments > 0).toBe(true);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.getByRole('banner').locator('[data-search-panel]')).toBeHidden();
});

test('the search page reads ?q= and writes it back as the reader types', async ({ page }) => {
  await page.goto('/search/?q=netizens');
  const input = page.getByRole('main').getByRole('searchbox');
  await expect(input).toHaveValue('netizens');
  await expect(results(page).first()).toBeVisible();
  await input.fill('digital economy');
  await expect(page).toHaveURL(/\/search\/\?q=digital\+economy$/u);
  await expect(page.getByText(/results? for “digital economy”/u)).toBeVisible();
});

test('kind and theme filters narrow the results and work before typing', async ({ page }) => {
  await page.goto('/search/?q=governance');
  const status = page.locator('main [data-search-status]');
  await expect(status).toHaveText(/results? for “governance”/u);
  const all = await results(page).count();
  await page.getByRole('checkbox', { name: /^Glossary/u }).check();
  await expect(page).toHaveURL(/kind=Glossary/u);
  await expect.poll(() => results(page).count()).toBeLessThan(all);
  for (const place of await page.locator('.search-hit-place').allTextContents())
    expect(place).toBe('Glossary');
  await page.getByRole('main').getByRole('searchbox').fill('');
  await page.getByRole('checkbox', { name: /^Glossary/u }).uncheck();
  await page.getByRole('checkbox', { name: /^Civil-military integration/u }).check();
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Civil-military integration \(\d+\)/u })).toBeVisible();
  const oneTheme = await results(page).count();
  await page.getByRole('checkbox', { name: /^International governance/u }).check();
  await expect.poll(() => results(page).count()).toBeGreaterThan(oneTheme);
});

test('a search with no match says so and suggests the themes and the glossary', async ({ page }) => {
  await page.goto('/search/?q=zzxqv');
  await expect(page.locator('main [data-search-status]')).toHaveText(
    'No results for “zzxqv”. Try another word, or browse the themes and the glossary.',
  );
  await expect(page.getByRole('main').getByRole('link', { name: 'themes' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'glossary' })).toBeVisible();
});

const landings: [string, string][] = [
  ['treasures of a nation', '/speech/core-technologies/'],
  ['"digital Silk Road"', '/speech/international-governance/'],
  ['Four Consciousnesses', '/speech/party-leadership/'],
  ['informatization', '/speech/'],
  ['cyber superpower', '/speech/opportunities-and-achievements/'],
  ['网络强国', '/speech/opportunities-and-achievements/'],
  ['critical information infrastructure', '/speech/cybersecurity/'],
];
const paragraphOf: Record<string, string> = {
  'treasures of a nation': 'p5',
  '"digital Silk Road"': 'p8',
  'Four Consciousnesses': 'p9',
  'cyber superpower': 'p1',
  网络强国: 'p1',
  'critical information infrastructure': 'p4',
};

for (const [query, page_] of landings) {
  test(`searching ${query} lands on the right paragraph`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const speechHit = results(page)
      .filter({ has: page.locator(`.search-hit-place`, { hasText: /^¶\d$/u }) })
      .first();
    await expect(speechHit).toBeVisible();
    const href = (await speechHit.getAttribute('href')) ?? '';
    expect(href.startsWith(page_)).toBe(true);
    const paragraph = paragraphOf[query];
    if (paragraph) expect(href.endsWith(`#${paragraph}`)).toBe(true);
    await speechHit.click();
    await page.waitForURL(/#p\d/u);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`#${id}:target`)).toBeInViewport();
  });
}

test('on arrival the searched words are marked and a bar steps through them', async ({ page }) => {
  await page.goto('/speech/digital-economy/?highlight=digital#p6');
  const marks = page.locator('#p6 mark.search-match');
  await expect.poll(() => marks.count()).toBeGreaterThan(2);
  const bar = page.getByRole('region', { name: 'Search matches on this page' });
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('1 of');
  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(bar).toContainText('2 of');
  await expect(page.locator('mark.search-match[aria-current="true"]')).toHaveCount(1);
  await bar.getByRole('button', { name: 'Clear' }).click();
  await expect(marks).toHaveCount(0);
  await expect(bar).toBeHidden();
});

const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  '"unterminated',
  "'); alert(1); //",
  '🛡️🔐 cyber',
  '网络安全',
  'x'.repeat(2000),
];
for (const [i, query] of hostile.entries()) {
  test(`hostile and unusual query ${i + 1} is shown as text and breaks nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main [data-search-status]')).toContainText(query.slice(0, 40));
    expect(await page.locator('main img').count()).toBe(0);
    await page.goto(
      `/speech/cybersecurity/?highlight=${encodeURIComponent(query)}#${encodeURIComponent(query)}`,
    );
    // The marking code loads on demand; let it run on this query before checking.
    await page.waitForFunction(() => customElements.get('speech-search-highlight'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('nothing of search loads until the reader reaches for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // Scripts are named by their hash alone: search's code is what the page asks for once the reader
  // reaches for search, and Pagefind's files.
  const scriptsSince = (from: number) =>
    requested.slice(from).filter((path) => /\/_astro\/.+\.js$/u.test(path));
  const pagefind = () => requested.filter((path) => path.startsWith('/pagefind/'));
  await page.goto('/speech/cybersecurity/');
  // Past the load event and with the first script run, whatever the page loads unasked has been asked for.
  await firstScriptRan(page);
  const ready = requested.length;
  expect(pagefind()).toEqual([]);
  await header(page).focus();
  await expect.poll(() => scriptsSince(ready)).not.toEqual([]);
  expect(pagefind()).toEqual([]);
  await header(page).pressSequentially('netizens');
  await expect(results(page).first()).toBeVisible();
  expect(pagefind()).not.toEqual([]);
});

test('the filter counts shown before searching are the search index’s own', async ({ page }) => {
  await page.goto('/search/');
  const shown = await page.locator('[data-count-for]').evaluateAll((counts) =>
    counts.map((count) => {
      const box = document.getElementById((count as HTMLElement).dataset['countFor'] ?? '');
      return [(box as HTMLInputElement).name, (box as HTMLInputElement).value, count.textContent] as const;
    }),
  );
  expect(shown.length).toBeGreaterThan(10);
  const indexed = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      filters(): Promise<Record<string, Record<string, number>>>;
    };
    return pagefind.filters();
  });
  for (const [name, value, text] of shown)
    expect(text, `${name}: ${value}`).toBe(`(${indexed[name]?.[value] ?? 0})`);
});

test('on the search page a filter ticked before any search code has loaded still searches', async ({
  page,
}) => {
  await page.goto('/search/');
  // The first script listens for the first focus on the search page to load the search code.
  await firstScriptRan(page);
  await page.getByRole('checkbox', { name: /^Glossary/u }).check();
  await expect(page).toHaveURL(/kind=Glossary/u);
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Glossary/u })).toBeChecked();
});
