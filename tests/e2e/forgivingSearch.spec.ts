import { expect, test, type Page } from '@playwright/test';

const header = (page: Page) =>
  page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
const pageField = (page: Page) => page.locator('#search-page-input');
const hits = (page: Page) => page.locator('speech-search-page a.search-hit');

test('a misspelled word in the header offers the word meant, one arrow key and Enter away', async ({
  page,
}) => {
  await page.goto('/speech/');
  await header(page).fill('cybersecuirty');
  const banner = page.getByRole('banner');
  const suggestion = banner.getByRole('link', { name: 'cybersecurity', exact: true });
  await expect(banner.locator('.search-help')).toHaveText(
    'Did you mean cybersecurity? Its results come first.',
  );
  await header(page).press('ArrowDown');
  await expect(suggestion).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header(page)).toHaveValue('cybersecurity');
  await expect(header(page)).toBeFocused();
  await expect(banner.locator('.search-help')).toBeHidden();
  await expect(banner.locator('a.search-hit').first()).toBeVisible();
});

test('on the search page the suggestion is one click away, and the word meant leads the results', async ({
  page,
}) => {
  await page.goto('/search/?q=cybersecuirty');
  await page.locator('speech-search-page').getByRole('link', { name: 'cybersecurity', exact: true }).click();
  await expect(pageField(page)).toHaveValue('cybersecurity');
  await expect(page).toHaveURL(/\/search\/\?q=cybersecurity$/u);
  await expect(page.locator('speech-search-page .search-help')).toBeHidden();

  // A word the edition never uses finds only what its prefixes happen to match: the word meant comes first.
  await pageField(page).fill('infrastucture');
  await expect(page.locator('speech-search-page .search-help')).toHaveText(
    'Did you mean infrastructure? Its results come first.',
  );
  await expect(page.locator('speech-search-page [data-search-status]')).toHaveText(
    /^\d+ results for “infrastucture”\./u,
  );
  await expect(hits(page).first()).toHaveAttribute('href', /highlight=infrastructure/u);
  await expect(hits(page).first()).toBeVisible();
});

test('pinyin, with or without tone marks and spaces, finds the entry and its passages', async ({ page }) => {
  await page.goto('/search/');
  for (const query of ['wangluo qiangguo', 'wǎngluò qiángguó', 'wangluoqiangguo']) {
    await pageField(page).fill(query);
    const note = page.locator('speech-search-page .search-help');
    await expect(note).toHaveText('Results for 网络强国 wǎngluò qiángguó, “cyberpower”.');
    await expect(note.locator('[lang="zh-Hans"]')).toHaveText('网络强国');
    await expect(hits(page).first()).toHaveAttribute('href', /^\/glossary\/cyberpower\//u);
    await expect(hits(page).filter({ hasText: '¶1' }).first()).toHaveAttribute('href', /#p1$/u);
  }
});

test('a short word or acronym ranks what holds it whole above words it merely begins', async ({ page }) => {
  await page.goto('/search/?q=UN');
  await expect(hits(page).first()).toBeVisible();
  await expect(page.locator('speech-search-page:not([aria-busy])')).toBeAttached();
  const hrefs = await hits(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const at = (pattern: RegExp) => hrefs.findIndex((href) => pattern.test(href));
  // The entry and the paragraph that say "UN" lead; an entry found only through "unified" follows them.
  expect(at(/^\/glossary\/un-framework\//u)).toBeLessThan(3);
  expect(at(/#p8$/u)).toBeLessThan(3);
  expect(at(/^\/glossary\/centralized-unified-leadership\//u)).toBeGreaterThan(at(/#p8$/u));
  await pageField(page).fill('AI');
  await expect(hits(page).first()).toHaveAttribute('href', /\/speech\/digital-economy\/.*#p6$/u);
  await expect(hits(page).first().locator('mark').first()).toHaveText(/artificial|intelligence/iu);
});

test('inflected forms find each other', async ({ page }) => {
  await page.goto('/search/?q=innovate');
  await expect(hits(page).first()).toBeVisible();
  await expect(
    page
      .locator('speech-search-page mark')
      .filter({ hasText: /^innovation/iu })
      .first(),
  ).toBeVisible();
});

test('the spelling help loads only for a word the edition does not use', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/?q=cybersecurity');
  await expect(hits(page).first()).toBeVisible();
  await expect(page.locator('speech-search-page:not([aria-busy])')).toBeAttached();
  expect(fetched).toContain('/search/words/c.json');
  expect(fetched).not.toContain('/search/names.json');
  const before = fetched.length;
  await pageField(page).fill('cybersecuirty');
  await expect(page.locator('speech-search-page .search-help')).toBeVisible();
  expect(fetched.slice(before)).toContain('/search/names.json');
});
