import { createHash } from 'node:crypto';
import { glob, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
// Astro's own bundler for its scripts.
import { build } from 'esbuild';
import { paths } from '../../lib/contract/paths';
import {
  isShellPath,
  OFFLINE_SIZES,
  type OfflineFile,
  type OfflineManifest,
} from '../../lib/offline/edition';
import { fileSize } from '../../lib/text/numbers';

/**
 * What a reader can save for reading offline: everything needed to read and search. Every page, its
 * styles and scripts (the lazy ones too: citing, quoting, search), the RIS files the cite dialog offers,
 * and the whole search side: Pagefind's script, its English engine, index, filters and fragments, and
 * the forgiving search's word lists, and what reference previews show. Left out: the link-preview images (/og/, read by other sites), the
 * open data and spreadsheets (read by tools, online), Pagefind's unused UI bundles, its worker (the site
 * searches on the main thread) and its engine for pages without a language, and the downloads
 * (/edition.pdf, /edition.epub). Those need a connection, and the About page says so.
 */
const OFFLINE_EDITION = [
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
  'reference-previews.json',
];

/** The page that says how large the edition is offline, rendered with OFFLINE_SIZES to fill in. */
const ABOUT_PAGE = 'about/index.html';

/** Files a host sends compressed; Pagefind's index files and engine are compressed already. */
const COMPRESSIBLE = /\.(html|js|css|json|svg|ris)$/u;

/** The service worker's source, from the project's root. */
const WORKER_SOURCE = 'src/scripts/offline/serviceWorker.ts';

/** `speech/index.html` is served at `/speech/`. */
const publicPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** A file as the manifest lists it, and what a host sends of it. */
function listed(file: string, body: Buffer): OfflineFile & { transferBytes: number } {
  return {
    url: publicPath(file),
    revision: hash(body),
    bytes: body.length,
    transferBytes: COMPRESSIBLE.test(file) ? gzipSync(body).length : body.length,
  };
}

/** The manifest of the files as they are in `site`, for version `version`. */
function manifestOf(files: readonly ReturnType<typeof listed>[], version: string): OfflineManifest {
  return {
    version,
    build: hash(files.map((file) => `${file.url} ${file.revision}`).join('\n')).slice(0, 12),
    files: files.map(({ url, revision, bytes }) => ({ url, revision, bytes })),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    transferBytes: files.reduce((sum, file) => sum + file.transferBytes, 0),
  };
}

/** "about 620 KB" and "1.7 MB", as the About page gives them. */
const figures = (manifest: OfflineManifest) => ({
  transfer: fileSize(manifest.transferBytes),
  stored: fileSize(manifest.bytes),
});

/**
 * After the search index is written (register it after searchIndex()): lists the edition offline into
 * `dist/offline.json` (lib/offline/edition.ts), bundles the service worker into `dist/sw.js` with the
 * build it belongs to, and writes the edition's size into the About page, which was rendered before any
 * of this existed (the manifest then lists the page as written).
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
        const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
          version: string;
        };
        const bodies = new Map<string, Buffer>();
        for await (const file of glob(OFFLINE_EDITION, { cwd: site }))
          bodies.set(file, await readFile(join(site, file)));
        const files = () =>
          [...bodies].sort(([a], [b]) => a.localeCompare(b)).map(([file, body]) => listed(file, body));

        const about = bodies.get(ABOUT_PAGE)?.toString('utf8');
        if (!about?.includes(OFFLINE_SIZES.transfer) || !about.includes(OFFLINE_SIZES.stored))
          throw new Error(`Offline reading: ${ABOUT_PAGE} does not give the edition's size to fill in.`);
        const said = figures(manifestOf(files(), version));
        const filled = about
          .replaceAll(OFFLINE_SIZES.transfer, said.transfer)
          .replaceAll(OFFLINE_SIZES.stored, said.stored);
        bodies.set(ABOUT_PAGE, Buffer.from(filled));
        await writeFile(join(site, ABOUT_PAGE), filled);
        const manifest = manifestOf(files(), version);
        const is = figures(manifest);
        if (is.transfer !== said.transfer || is.stored !== said.stored)
          throw new Error(
            `Offline reading: the About page says ${said.transfer}, ${said.stored}; it is ${is.transfer}, ${is.stored}.`,
          );
        await writeFile(join(site, paths.offlineManifest.slice(1)), JSON.stringify(manifest));

        const { outputFiles } = await build({
          entryPoints: [join(root, WORKER_SOURCE)],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
          write: false,
          define: {
            BUILD: JSON.stringify(manifest.build),
            SHELL: JSON.stringify(manifest.files.map((file) => file.url).filter(isShellPath)),
          },
        });
        const worker = outputFiles[0]?.contents;
        if (!worker) throw new Error('Offline reading: esbuild wrote no service worker.');
        await writeFile(join(site, paths.serviceWorker.slice(1)), worker);
        logger.info(
          `The edition offline: ${manifest.files.length} files, ${is.stored} (about ${is.transfer} to download), build ${manifest.build}.`,
        );
      },
    },
  };
}
