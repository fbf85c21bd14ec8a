/**
 * Search cost and speed, in headless Chromium over several runs:
 * 1. the bytes a reader's first query fetches (search code, Pagefind, index) as transferred, and
 * 2. the time from the last keystroke to rendered results once the index is loaded, and
 * 3. how well the search page finds what the quality set (tests/search-queries.yaml) asks for.
 * Timings are for comparison on one machine, not absolute truths.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { qualityFigures, qualityQueries, rankOf, searchPageResults } from '../tests/support/searchQuality.ts';
import { median } from './median.ts';

const RUNS = 5;
const QUERIES = [
  'cybersecurity',
  'core technologies',
  'digital economy',
  'netizens',
  'Belt and Road',
  'informatization',
  'talent',
];

export interface SearchFigures {
  runs: number;
  timedQueries: number;
  /** Median bytes the first query fetches, as transferred. */
  firstQueryBytes: number;
  /** Median milliseconds from the last keystroke to the results list changing. */
  renderMs: number;
  /** The quality set: how many queries, the shares found first and in the top 3, the mean reciprocal rank. */
  quality: { queries: number; top1: number; top3: number; mrr: number; misses: string[] };
}

/** Runs the quality set on the search page, as a reader would type each query. */
async function measureQuality(page: Page, base: string) {
  await page.goto(`${base}/search/`);
  const ranks: (number | undefined)[] = [];
  const misses: string[] = [];
  for (const { query, finds } of qualityQueries) {
    const rank = rankOf(await searchPageResults(page, query), finds);
    ranks.push(rank);
    if (rank === undefined || rank > 3)
      misses.push(`“${query}” → ${finds}: ${rank ? `rank ${rank}` : 'not found'}`);
  }
  return { queries: ranks.length, ...qualityFigures(ranks), misses };
}

interface BenchTimes {
  key: number;
  render: number;
}

/** Once the index is loaded: milliseconds from the last keystroke of each query to the results changing. */
async function renderTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const list = document.querySelector('#site-search-results');
    const input = document.querySelector('#site-search');
    const benchTimes: BenchTimes = { key: 0, render: 0 };
    (window as unknown as { benchTimes: BenchTimes }).benchTimes = benchTimes;
    input?.addEventListener('keydown', () => {
      benchTimes.key = performance.now();
      benchTimes.render = 0;
    });
    if (list)
      new MutationObserver(() => (benchTimes.render = performance.now())).observe(list, { childList: true });
  });
  const field = page.locator('#site-search');
  const measured: number[] = [];
  for (const query of QUERIES.slice(1)) {
    await field.fill('');
    await field.pressSequentially(query, { delay: 30 });
    await page.waitForFunction(() => {
      const t = (window as unknown as { benchTimes: BenchTimes }).benchTimes;
      return t.render > t.key;
    });
    await page.waitForTimeout(300); // let a late render of an earlier keystroke show up too
    measured.push(
      await page.evaluate(() => {
        const t = (window as unknown as { benchTimes: BenchTimes }).benchTimes;
        return t.render - t.key;
      }),
    );
  }
  return measured;
}

/** Measures search on the site served at `base`, from a section page's header field. */
export async function measureSearch(base: string): Promise<SearchFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const firstQueryBytes: number[] = [];
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/speech/cybersecurity/`, { waitUntil: 'networkidle' });
      const fetched: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        fetched.push(request.sizes().then((size) => size.responseBodySize)),
      );
      await page.locator('#site-search').fill(QUERIES[0] ?? 'cybersecurity');
      await page.locator('#site-search-results a.search-hit').first().waitFor();
      await page.waitForLoadState('networkidle');
      firstQueryBytes.push((await Promise.all(fetched)).reduce((sum, size) => sum + size, 0));
      timings.push(...(await renderTimes(page)));
      await context.close();
    }
    const context = await browser.newContext();
    const quality = await measureQuality(await context.newPage(), base);
    await context.close();
    return {
      quality,
      runs: RUNS,
      timedQueries: timings.length,
      firstQueryBytes: median(firstQueryBytes),
      renderMs: median(timings),
    };
  } finally {
    await browser.close();
  }
}
