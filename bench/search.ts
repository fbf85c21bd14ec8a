/**
 * Search benchmark (`npm run bench`): serves the built site, then in headless Chromium measures
 * 1. the bytes a reader's first query fetches (search code, Pagefind, index), compressed, and
 * 2. the time from the last keystroke to rendered results once the index is loaded,
 * over several runs, and reports medians against the budgets of the search issue. Exits non-zero when a
 * budget is broken. Timings are for comparison on one machine, not absolute truths.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';

const PORT = 4510;
const BASE = `http://127.0.0.1:${PORT}`;
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
const BUDGET = { firstQueryKB: 90, renderMs: 150 };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Size a response would have over the wire: the smaller of gzip and brotli, or as is for files already compressed (Pagefind's index). */
function compressedSize(url: string): number {
  const path = new URL(url).pathname;
  const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const bytes = readFileSync(file);
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes).length);
}

async function startServer() {
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'pipe',
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('The preview server did not start.');
}

const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);

try {
  const firstQueryBytes: number[] = [];
  const renderTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/speech/cybersecurity/`, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(request.url()));
    const field = page.locator('#site-search');
    await field.fill(QUERIES[0] ?? 'cybersecurity');
    await page.locator('#site-search-results a.search-hit').first().waitFor();
    await page.waitForLoadState('networkidle');
    firstQueryBytes.push(fetched.reduce((sum, url) => sum + compressedSize(url), 0));

    // Once loaded: time from the last keystroke to the results list changing.
    await page.evaluate(() => {
      const list = document.querySelector('#site-search-results');
      const input = document.querySelector('#site-search');
      const times = { key: 0, render: 0 };
      (window as unknown as { benchTimes: typeof times }).benchTimes = times;
      input?.addEventListener('keydown', () => {
        times.key = performance.now();
        times.render = 0;
      });
      if (list)
        new MutationObserver(() => (times.render = performance.now())).observe(list, { childList: true });
    });
    for (const query of QUERIES.slice(1)) {
      await field.fill('');
      await field.pressSequentially(query, { delay: 30 });
      await page.waitForFunction(() => {
        const t = (window as unknown as { benchTimes: { key: number; render: number } }).benchTimes;
        return t.render > t.key;
      });
      await page.waitForTimeout(300); // let a late render of an earlier keystroke show up too
      renderTimes.push(
        await page.evaluate(() => {
          const t = (window as unknown as { benchTimes: { key: number; render: number } }).benchTimes;
          return t.render - t.key;
        }),
      );
    }
    await context.close();
  }
  const firstKB = median(firstQueryBytes) / 1024;
  const renderMs = median(renderTimes);
  const rows = [
    [
      'First query, bytes fetched (compressed)',
      `${firstKB.toFixed(1)} KB`,
      `≤ ${BUDGET.firstQueryKB} KB`,
      firstKB <= BUDGET.firstQueryKB,
    ],
    [
      'Last keystroke to rendered results',
      `${renderMs.toFixed(0)} ms`,
      `≤ ${BUDGET.renderMs} ms`,
      renderMs <= BUDGET.renderMs,
    ],
  ] as const;
  console.log(`Search benchmark: medians of ${RUNS} runs (${renderTimes.length} timed queries)\n`);
  console.log('| Measure | Median | Budget | Met |\n| --- | --- | --- | --- |');
  for (const [name, value, budget, met] of rows)
    console.log(`| ${name} | ${value} | ${budget} | ${met ? 'yes' : 'NO'} |`);
  process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
} finally {
  await browser.close();
  server.kill();
}
