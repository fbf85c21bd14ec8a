/**
 * Page budgets: for one page of each type, what a first visit costs (bytes by kind as transferred,
 * requests, JavaScript run before the reader does anything), whether it reads without JavaScript, and
 * Lighthouse's mobile scores. Measured in headless Chromium against a server that compresses like a host.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { median } from './median.ts';
import type { StaticServer } from './staticServer.ts';

export const PAGE_TYPES = [
  { type: 'Home', path: '/' },
  { type: 'Section', path: '/speech/cybersecurity/' },
  { type: 'Whole speech', path: '/speech/' },
  { type: 'Glossary entry', path: '/glossary/cyberpower/' },
  { type: 'Theme', path: '/themes/cybersecurity/' },
  { type: 'Search', path: '/search/' },
] as const;

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Lighthouse's own advice: scores vary from run to run (on a shared machine, the speed index most), so
// take the median of several.
const LIGHTHOUSE_RUNS = 3;
type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];

const KINDS = { document: 'HTML', stylesheet: 'CSS', script: 'JS', font: 'Fonts', image: 'Images' } as const;
export type Kind = (typeof KINDS)[keyof typeof KINDS] | 'Other';

export interface PageFigures {
  type: string;
  path: string;
  requests: number;
  /** Response bodies as transferred (brotli), by kind. Headers are left out: they depend on the host. */
  bytes: Partial<Record<Kind, number>>;
  total: number;
  /** The same first visit from a host that sends gzip only, as most static hosts do. */
  totalGzip: number;
  /** Scripts that run before any interaction, compressed: script files plus inline scripts. */
  jsBeforeInteraction: number;
  /** With JavaScript off, the page's main text (the speaker's paragraphs on speech pages) is shown. */
  readableWithoutJs: boolean;
  lighthouse: Record<Category, number>;
}

async function transfer(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ kind: Kind; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const kind = KINDS[request.resourceType() as keyof typeof KINDS] ?? 'Other';
    sizes.push(request.sizes().then((size) => ({ kind, bytes: size.responseBodySize })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // anything loaded late, without interaction, still counts
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? ''),
  );
  const responses = await Promise.all(sizes);
  await context.close();
  const bytes: Partial<Record<Kind, number>> = {};
  for (const { kind, bytes: size } of responses) bytes[kind] = (bytes[kind] ?? 0) + size;
  const inlineJs = inline.reduce((sum, code) => sum + brotliCompressSync(code).length, 0);
  return {
    requests: responses.length,
    bytes,
    total: Object.values(bytes).reduce((sum, size) => sum + size, 0),
    jsBeforeInteraction: (bytes.JS ?? 0) + inlineJs,
  };
}

async function readableWithoutJs(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const readable = await page.evaluate(() => {
    const main = document.querySelector('main');
    const paragraphs = [...document.querySelectorAll<HTMLElement>('main [id]')].filter((el) =>
      /^p\d+$/u.test(el.id),
    );
    const shown = (el: HTMLElement) => el.checkVisibility() && el.innerText.trim().length > 100;
    return Boolean(main && main.innerText.trim().length > 200 && paragraphs.every(shown));
  });
  await context.close();
  return readable;
}

async function lighthouseScores(urls: readonly string[]) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  try {
    const scores: Record<Category, number>[] = [];
    for (const url of urls) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...LIGHTHOUSE_CATEGORIES],
        });
        const categories = result?.lhr.categories ?? {};
        runs.push(
          Object.fromEntries(
            LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
          ),
        );
      }
      scores.push(
        Object.fromEntries(
          LIGHTHOUSE_CATEGORIES.map((id) => [id, median(runs.map((run) => run[id] ?? 0))]),
        ) as Record<Category, number>,
      );
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/**
 * Measures every page type on the site served at `base` (brotli and gzip), and again at `gzipBase`,
 * the same site from a host that offers only gzip.
 */
export async function measurePages(base: string, gzipBase: string): Promise<PageFigures[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const figures: Omit<PageFigures, 'lighthouse'>[] = [];
  try {
    for (const { type, path } of PAGE_TYPES) {
      const url = `${base}${path}`;
      const response = await fetch(url);
      if (!response.ok)
        throw new Error(`${path} answers ${response.status}: the bench's page list is out of date.`);
      figures.push({
        type,
        path,
        ...(await transfer(browser, url)),
        totalGzip: (await transfer(browser, `${gzipBase}${path}`)).total,
        readableWithoutJs: await readableWithoutJs(browser, url),
      });
    }
  } finally {
    await browser.close();
  }
  const scores = await lighthouseScores(PAGE_TYPES.map(({ path }) => `${base}${path}`));
  return figures.map((figure, i) => ({
    ...figure,
    lighthouse: scores[i] ?? { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
  }));
}

/** How long after a first visit loads its traffic is still counted: anything a service worker fetches unasked. */
export const AFTER_LOAD_MS = 30_000;

/**
 * What a host sends for a first visit to `path`, counted by the host itself (bench/staticServer.ts) from
 * the request until AFTER_LOAD_MS after the page has loaded, service workers allowed: the page, its
 * styles and scripts, and whatever a worker or a late script fetches in the background.
 */
export async function firstVisitServed(host: StaticServer, path: string): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const before = host.bytesServed();
    await page.goto(`${host.url}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(AFTER_LOAD_MS);
    return host.bytesServed() - before;
  } finally {
    await browser.close();
  }
}
