import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL } from '../../src/build/siteUrl';
import { readRepoFile, repoPath } from '../support/paths';

/** The section pages, in speech order: one per file of content/sections (`NN-slug.mdx`). */
export const sectionPaths = readdirSync(repoPath('content/sections'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => `/speech/${name.replace(/^\d+-|\.mdx$/gu, '')}/`);

/**
 * Every public page, for sweeps (one test per page): each page address of tests/public-urls.txt, which a
 * site test holds to the built site, and the search page in its searching state.
 */
export const allPaths = [
  ...readRepoFile('tests/public-urls.txt')
    .split('\n')
    .filter((line) => line.endsWith('/') && !line.startsWith('#')),
  '/search/?q=cybersecurity',
];

/**
 * Opens a page of a sweep and waits for what it does on arrival after the load event: a search page with
 * ?q= fills its results from Pagefind, so checks on it must see the results, not the empty list.
 */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  if (/[?&]q=/u.test(path)) await expect(page.locator('main [data-search-status]')).not.toBeEmpty();
  return response;
}

/**
 * Waits until the page's first script has run (its custom elements are defined), so that its listeners are
 * in place and anything it loads on arrival has been asked for.
 */
export const firstScriptRan = (page: Page) =>
  page.waitForFunction(() => customElements.get('speech-color-scheme') !== undefined);

/**
 * The address copied links and citations name: the one the site was built for (SITE_URL), or, for a
 * build without it, the address the tests open the pages at (playwright.config.ts).
 */
export const SITE = (SITE_URL ?? `http://127.0.0.1:${process.env['E2E_PORT'] ?? 4321}`).replace(/\/$/u, '');

/**
 * Tests of a sweep, one per page: each gets the same browser page of its worker (fresh settings,
 * the default viewport, light scheme, screen media), so the checking code that every page's test
 * injects (axe) is compiled once per worker rather than once per test.
 */
export const sweep = test.extend<{ sweepPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweepPage: async ({ workerPage }, use) => {
    await workerPage.setViewportSize({ width: 1280, height: 720 });
    await workerPage.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await use(workerPage);
  },
});
