/**
 * `npm run bench`: the site's performance budgets, measured. Builds the site from cold (timed), serves
 * dist/ like a static host (bench/staticServer.ts), measures every page type (bench/pages.ts) and search
 * (bench/search.ts), then builds ten and a hundred times the content in a throwaway copy (bench/scale.ts).
 * Prints the README's tables as Markdown and exits non-zero when a budget is broken.
 * `--skip-scale` leaves out the synthetic builds (they take minutes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AFTER_LOAD_MS, firstVisitServed, measurePages, PAGE_TYPES, type PageFigures } from './pages.ts';
import { buildSite } from './buildSite.ts';
import { measureScale, type ScaleFigures } from './scale.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { serveStatic } from './staticServer.ts';

const PORT = 4510;
const GZIP_PORT = 4511;
const SCALE_FACTORS = [1, 10, 100];

/**
 * Budgets from the quality-gates issue; sizes in KB of 1,024 bytes, compressed as transferred. The
 * section page's is for gzip, as most static hosts send it (the edition-model issue set it at 15 KB).
 */
const BUDGET = {
  buildSeconds: 10,
  sectionPageGzipKB: 15,
  jsBeforeInteractionKB: 5,
  lighthouse: 100,
  searchFirstQueryKB: 90,
  searchRenderMs: 150,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function pageTable(pages: PageFigures[]) {
  return table(
    [
      'Page type',
      'Requests',
      'HTML',
      'CSS',
      'JS',
      'Other',
      'Total',
      'Total (gzip)',
      'JS before interaction',
      'Reads without JS',
      'Lighthouse P / A / BP / SEO',
    ],
    pages.map((page) => [
      `${page.type} (\`${page.path}\`)`,
      page.requests,
      kb(page.bytes.HTML ?? 0),
      kb(page.bytes.CSS ?? 0),
      kb(page.bytes.JS ?? 0),
      kb(page.total - (page.bytes.HTML ?? 0) - (page.bytes.CSS ?? 0) - (page.bytes.JS ?? 0)),
      kb(page.total),
      kb(page.totalGzip),
      kb(page.jsBeforeInteraction),
      page.readableWithoutJs ? 'yes' : 'NO',
      Object.values(page.lighthouse).join(' / '),
    ]),
  );
}

/** The downloadable editions: size as stored, as a gzip-only host sends it, and the seconds the build spent on each. */
function downloadTable(root: string, seconds: ReadonlyMap<string, number>) {
  return table(
    ['File', 'Size', 'Size (gzip)', 'Build time added'],
    ['edition.pdf', 'edition.epub'].map((name) => {
      const bytes = readFileSync(join(root, 'dist', name));
      const time = seconds.get(name);
      return [
        `/${name}`,
        kb(bytes.length),
        kb(gzipSync(bytes).length),
        time === undefined ? '–' : `${time.toFixed(2)} s`,
      ];
    }),
  );
}

interface BudgetRow {
  name: string;
  measured: string;
  limit: string;
  met: boolean;
}

function budgetRows(
  buildSeconds: number,
  pages: PageFigures[],
  firstVisit: number,
  search: SearchFigures,
): BudgetRow[] {
  const section = pages.find((page) => page.type === 'Section');
  const heaviestJs = pages.reduce((a, b) => (b.jsBeforeInteraction > a.jsBeforeInteraction ? b : a));
  const lowest = pages.flatMap((page) =>
    Object.entries(page.lighthouse).map(([category, score]) => ({ page: page.type, category, score })),
  );
  const worst = lowest.reduce((a, b) => (b.score < a.score ? b : a));
  const unreadable = pages.filter((page) => !page.readableWithoutJs).map((page) => page.type);
  return [
    {
      name: 'Full build with search index, from cold',
      measured: `${buildSeconds.toFixed(1)} s`,
      limit: `≤ ${BUDGET.buildSeconds} s`,
      met: buildSeconds <= BUDGET.buildSeconds,
    },
    {
      name: 'Section page, first visit, everything, gzip',
      measured: `${kb(section?.totalGzip ?? Infinity)} (brotli ${kb(section?.total ?? Infinity)})`,
      limit: `≤ ${BUDGET.sectionPageGzipKB} KB`,
      met: (section?.totalGzip ?? Infinity) <= BUDGET.sectionPageGzipKB * 1024,
    },
    {
      name: `Section page, first visit and the ${AFTER_LOAD_MS / 1000} s after, service worker included, gzip (counted by the host)`,
      measured: kb(firstVisit),
      limit: `≤ ${BUDGET.sectionPageGzipKB} KB`,
      met: firstVisit <= BUDGET.sectionPageGzipKB * 1024,
    },
    {
      name: `JS before interaction, heaviest page (${heaviestJs.type})`,
      measured: kb(heaviestJs.jsBeforeInteraction),
      limit: `≤ ${BUDGET.jsBeforeInteractionKB} KB`,
      met: heaviestJs.jsBeforeInteraction <= BUDGET.jsBeforeInteractionKB * 1024,
    },
    {
      name: 'Reads without JavaScript, every page type',
      measured: unreadable.length ? `not: ${unreadable.join(', ')}` : 'all',
      limit: 'all',
      met: unreadable.length === 0,
    },
    {
      name: 'Lighthouse (mobile), lowest score of any category and page',
      measured: worst.score === 100 ? '100 everywhere' : `${worst.score} (${worst.page}, ${worst.category})`,
      limit: `${BUDGET.lighthouse}`,
      met: worst.score >= BUDGET.lighthouse,
    },
    {
      name: `Search, first query fetches (median of ${search.runs})`,
      measured: kb(search.firstQueryBytes),
      limit: `≤ ${BUDGET.searchFirstQueryKB} KB`,
      met: search.firstQueryBytes <= BUDGET.searchFirstQueryKB * 1024,
    },
    {
      name: `Search quality set (${search.quality.queries} queries), found in the top 3`,
      measured: `${Math.round(search.quality.top3 * search.quality.queries)} of ${search.quality.queries}`,
      limit: 'all',
      met: search.quality.top3 === 1,
    },
    {
      name: `Search, last keystroke to results (median of ${search.timedQueries})`,
      measured: `${search.renderMs.toFixed(0)} ms`,
      limit: `≤ ${BUDGET.searchRenderMs} ms`,
      met: search.renderMs <= BUDGET.searchRenderMs,
    },
  ];
}

/** Each step's cost per added section: equal steps mean linear growth. */
function scaleTable(figures: ScaleFigures[]) {
  const perSection = (
    row: ScaleFigures,
    previous: ScaleFigures | undefined,
    value: (r: ScaleFigures) => number,
  ) => (previous ? (value(row) - value(previous)) / (row.sections - previous.sections) : undefined);
  return table(
    [
      'Content',
      'Sections',
      'Paragraphs',
      'Pages',
      'Build + index (wall)',
      'Processor time',
      'Added per section',
      'Search index',
      'Added per section',
    ],
    figures.map((row, i) => {
      const previous = figures[i - 1];
      const cpu = perSection(row, previous, (r) => r.cpuSeconds);
      const index = perSection(row, previous, (r) => r.indexBytes);
      return [
        `×${row.factor}`,
        row.sections,
        row.paragraphs,
        row.pages,
        `${row.buildSeconds.toFixed(1)} s`,
        `${row.cpuSeconds.toFixed(1)} s`,
        cpu === undefined ? '–' : `${cpu.toFixed(2)} s`,
        kb(row.indexBytes),
        index === undefined ? '–' : kb(index),
      ];
    }),
  );
}

const root = process.cwd();
const { wallSeconds: buildSeconds, downloadSeconds } = await buildSite(root);
const server = await serveStatic(`${root}/dist`, PORT);
const gzipServer = await serveStatic(`${root}/dist`, GZIP_PORT, ['gzip']);
let pages: PageFigures[];
let firstVisit: number;
let search: SearchFigures;
try {
  pages = await measurePages(server.url, gzipServer.url);
  const section = PAGE_TYPES.find((page) => page.type === 'Section')?.path ?? '/';
  firstVisit = await firstVisitServed(gzipServer, section);
  search = await measureSearch(server.url);
} finally {
  await Promise.all([server.close(), gzipServer.close()]);
}
const budgets = budgetRows(buildSeconds, pages, firstVisit, search);
console.log('Pages: a first visit with an empty cache, bodies as transferred (brotli, and gzip only)\n');
console.log(pageTable(pages));
console.log('\nBudgets\n');
console.log(
  table(
    ['Budget', 'Measured', 'Limit', 'Met'],
    budgets.map((row) => [row.name, row.measured, row.limit, row.met ? 'yes' : 'NO']),
  ),
);
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
console.log('\nSearch quality: the queries of tests/search-queries.yaml on the search page\n');
console.log(
  table(
    ['Queries', 'Top 1', 'Top 3', 'Mean reciprocal rank'],
    [
      [
        search.quality.queries,
        percent(search.quality.top1),
        percent(search.quality.top3),
        search.quality.mrr.toFixed(2),
      ],
    ],
  ),
);
for (const miss of search.quality.misses) console.log(`Missed the top 3: ${miss}`);
console.log(
  '\nDownloads: the files the build makes, and the build time each adds (part of the full build above)\n',
);
console.log(downloadTable(root, downloadSeconds));
if (!process.argv.includes('--skip-scale')) {
  console.log(
    '\nScale: the speech repeated as synthetic sections, each built from cold (the faster of two builds)\n',
  );
  console.log(scaleTable(await measureScale(root, SCALE_FACTORS)));
}
process.exitCode = budgets.every((row) => row.met) ? 0 : 1;
