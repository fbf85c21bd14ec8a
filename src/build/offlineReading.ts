import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own bundler for its scripts; the worker's Workbox modules come with workbox-build.
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { OFFLINE_SIZE_PLACEHOLDER } from '../lib/offline/storedSize';
import { fileSize as storedSize } from '../lib/text/numbers';

/** The page that says what is stored, and carries the placeholder for its size. */
const ABOUT_PAGE = 'about/index.html';

/**
 * What the service worker stores on a first visit: everything a reader needs to read and search.
 * Every page, its styles and scripts (the lazy ones too: citing, quoting, search), the RIS files the cite
 * dialog offers, and the whole search side: Pagefind's script, its English engine, index, filters and
 * fragments, and the forgiving search's word lists. Searching is precached rather than stored on first
 * use so that search works offline for a reader who never searched online, and since it changes with
 * the pages, in one atomic update with them: a new build never mixes one build's index with another's.
 * Left out: the link-preview images (/og/, read by other sites), the open data and spreadsheets (read by
 * tools, online), Pagefind's unused UI bundles, its worker (the site searches on the main thread) and
 * its engine for pages without a language, and downloads (/edition.pdf, /edition.epub). Those need a
 * connection, and the About page says so.
 */
const PRECACHED = [
  '**/*.html',
  '_astro/*.{js,css}',
  'favicon.svg',
  'cite/*.ris',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/{index,filter,fragment}/*',
  'search/words/*.json',
  'search/names.json',
];

/** The worker's source, from the project's root: Workbox's precaching and routing, set up for this site. */
const WORKER_SOURCE = 'src/scripts/offline/serviceWorker.ts';

/**
 * After the search index is written (register it after searchIndex()), writes `dist/sw.js`, the service
 * worker that stores the edition for reading offline, and puts the size of what it stores into the About
 * page, which was rendered before any of it existed (the page's new revision and size are then those of
 * the page as written).
 *
 * workbox-build lists the files with their revisions (getManifest); the worker is bundled here with
 * esbuild rather than by workbox-build's generateSW, which bundles Workbox's runtime with Rollup, Babel
 * and Terser on every build: 3 to 4.5 seconds on the development machine, against 0.2 for esbuild, in a
 * build whose budget is 10 seconds (see bench/).
 */
export function offlineReading(): AstroIntegration {
  let root = '';
  return {
    name: 'offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const listed = await getManifest({
          globDirectory: site,
          globPatterns: PRECACHED,
          // Files whose names carry a hash of their content need no revision of their own.
          dontCacheBustURLsMatching: /^_astro\/|\.pf_|wasm\.\w+\.pagefind$/u,
        });
        if (listed.warnings.length > 0) throw new Error(`Offline reading: ${listed.warnings.join('; ')}`);

        const aboutFile = join(site, ABOUT_PAGE);
        const before = await readFile(aboutFile);
        if (!before.includes(OFFLINE_SIZE_PLACEHOLDER))
          throw new Error(`Offline reading: ${ABOUT_PAGE} has no ${OFFLINE_SIZE_PLACEHOLDER} to fill in.`);
        const after = Buffer.from(
          before.toString('utf8').replaceAll(OFFLINE_SIZE_PLACEHOLDER, storedSize(listed.size)),
        );
        await writeFile(aboutFile, after);
        const size = listed.size - before.length + after.length;
        if (storedSize(size) !== storedSize(listed.size))
          throw new Error(
            `Offline reading: the About page says ${storedSize(listed.size)}, it is ${storedSize(size)}.`,
          );
        const manifest = listed.manifestEntries.map((entry) =>
          entry.url === ABOUT_PAGE
            ? { url: entry.url, revision: createHash('md5').update(after).digest('hex') }
            : { url: entry.url, revision: entry.revision },
        );

        const { outputFiles } = await build({
          entryPoints: [join(root, WORKER_SOURCE)],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
          write: false,
          // Workbox leaves out its logging in production.
          define: {
            'process.env.NODE_ENV': '"production"',
            'self.__WB_MANIFEST': JSON.stringify(manifest),
          },
        });
        const worker = outputFiles[0]?.contents;
        if (!worker) throw new Error('Offline reading: esbuild wrote no service worker.');
        await writeFile(join(site, 'sw.js'), worker);
        logger.info(
          `The service worker stores ${manifest.length} files, ${storedSize(size)}, for reading offline.`,
        );
      },
    },
  };
}
