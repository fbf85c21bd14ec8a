import { gzipAsync } from '@gfx/zopfli';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { CONTEXT_RECORDS_FILE, type ContextRecord } from '../../lib/search/contextRecords';

/**
 * Pagefind splits its index into chunks of about this many word positions, and a query fetches only the
 * chunks its words fall in. Its default (20,000) keeps this edition's index in one chunk that every
 * first query fetches whole; smaller chunks keep that cost from growing with the editors' context.
 * Pagefind reads the setting from the environment of the indexer it starts (its name says "unstable").
 */
const INDEX_CHUNK_SIZE = 3000;

/**
 * After the build, indexes the pages with Pagefind (what they offer to the index is marked in their
 * markup: data-pagefind-body, -ignore, -filter, -meta) into `dist/pagefind/`, with the records of the
 * editors' context (lib/search/contextRecords.ts). Those come from the edition model, which only the
 * rendering stage can read: the step adds a route of its own (searchRecords.json.ts), rendered with the
 * pages into `search-records.json`, which it reads and then removes, so that it is never published.
 *
 * Pagefind's search engine (a gzipped WebAssembly file, about 60 KB, the largest part of a first query) is
 * then gzipped again with Zopfli, which finds a smaller encoding of the same bytes (about 5% smaller).
 * The browser-side code only sees gzip either way. Only the engine: it is one file, so this costs about
 * a second, while the index itself grows with the content.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: `/${CONTEXT_RECORDS_FILE}`,
          entrypoint: new URL('./searchRecords.json.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: built });
        const recordsFile = join(built, CONTEXT_RECORDS_FILE);
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as ContextRecord[];
        await rm(recordsFile);
        const recordErrors: string[] = [];
        for (const record of records) recordErrors.push(...(await index.addCustomRecord(record)).errors);
        const written = await index.writeFiles({ outputPath: join(built, 'pagefind') });
        const problems = [...added.errors, ...recordErrors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        await pagefind.close();

        const entry = JSON.parse(await readFile(join(built, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { wasm?: string; page_count: number }>;
        };
        for (const language of Object.values(entry.languages)) {
          if (!language.wasm) continue;
          const file = join(built, 'pagefind', `wasm.${language.wasm}.pagefind`);
          const packed = await readFile(file);
          const smaller = Buffer.from(await gzipAsync(gunzipSync(packed), { numiterations: 5 }));
          if (smaller.length < packed.length) await writeFile(file, smaller);
        }
        const indexed = Object.values(entry.languages).reduce(
          (sum, language) => sum + language.page_count,
          0,
        );
        if (indexed === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
        logger.info(
          `Indexed ${indexed} pages and records for search (${records.length} records of context).`,
        );
      },
    },
  };
}
