// Imports name their .ts files: the bench runs this module on Node directly, without a bundler.
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { readRepoFile } from './paths.ts';

/** One query of the search quality set (tests/search-queries.yaml) and the place it must find. */
export interface QualityQuery {
  query: string;
  /** A paragraph (`p4`), an anchor on a section page (`commentary-8`), or a page's path (`/glossary/cyberpower/`). */
  finds: string;
  kind: string;
}

export const qualityQueries = parseYaml(readRepoFile('tests/search-queries.yaml')) as QualityQuery[];

/** Whether a result's address is the place: a paragraph or commentary on its section page, or a page. */
export function isPlace(href: string, finds: string): boolean {
  const url = new URL(href, 'http://localhost');
  return finds.startsWith('/')
    ? url.pathname === finds
    : url.pathname.startsWith('/speech/') && url.hash === `#${finds}`;
}

/** The rank (from 1) of the first result at the place, or undefined when none is. */
export const rankOf = (hrefs: readonly string[], finds: string) => {
  const index = hrefs.findIndex((href) => isPlace(href, finds));
  return index === -1 ? undefined : index + 1;
};

/** Top-1 and top-3 shares and the mean reciprocal rank of a run of the set. */
export function qualityFigures(ranks: readonly (number | undefined)[]) {
  const share = (limit: number) =>
    ranks.filter((rank) => rank !== undefined && rank <= limit).length / ranks.length;
  const reciprocal = ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0);
  return { top1: share(1), top3: share(3), mrr: reciprocal / ranks.length };
}

/**
 * The result addresses the search page lists for a query, in order, as a reader sees them: typed into
 * the field of an open /search/ page, once the page is no longer busy.
 */
export async function searchPageResults(page: Page, query: string): Promise<string[]> {
  const field = page.locator('#search-page-input');
  await field.fill(query);
  await page.waitForFunction(() => {
    const element = document.querySelector('speech-search-page');
    const status = element?.querySelector('[data-search-status]')?.textContent ?? '';
    return element && !element.hasAttribute('aria-busy') && status.includes('for “');
  });
  return page
    .locator('speech-search-page a.search-hit')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
