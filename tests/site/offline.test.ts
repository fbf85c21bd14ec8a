import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSize as storedSize } from '../../src/lib/text/numbers';
import { builtPage, builtPages, distDir } from '../support/builtSite';

const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
/** The files the service worker stores, as its manifest lists them (paths relative to the site). */
const stored = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"(\w+)"|null)\}/gu)].map(
  ([, url = '', revision]) => ({
    url,
    revision,
  }),
);
const storedUrls = new Set(stored.map(({ url }) => url));
const filesIn = (dir: string) => readdirSync(join(distDir, dir)).map((name) => `${dir}/${name}`);

describe('the service worker for reading offline', () => {
  it('stores every page, style and script, and the whole of search', () => {
    const pages = builtPages().map(([path]) => `${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`);
    const expected = [
      ...pages,
      ...filesIn('_astro'),
      ...filesIn('pagefind/index'),
      ...filesIn('pagefind/fragment'),
      ...filesIn('pagefind/filter'),
      ...filesIn('search/words'),
      'search/names.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'favicon.svg',
    ];
    expect(expected.filter((url) => !storedUrls.has(url))).toEqual([]);
  });

  it('leaves out preview images, open data and Pagefind’s unused files', () => {
    const openData = [...storedUrls].filter(
      (url) => !url.includes('/') && !/^(.*\.html|favicon\.svg)$/u.test(url),
    );
    const unused = [...storedUrls].filter((url) =>
      /^og\/|^pagefind\/pagefind-(?!entry)|wasm\.unknown/u.test(url),
    );
    expect([...openData, ...unused]).toEqual([]);
  });

  it('gives each file whose name has no content hash the hash of its content as revision', () => {
    const stale = stored
      .filter(({ revision }) => revision !== undefined)
      .filter(
        ({ url, revision }) =>
          createHash('md5')
            .update(readFileSync(join(distDir, url)))
            .digest('hex') !== revision,
      )
      .map(({ url }) => url);
    expect(stale).toEqual([]);
  });

  it('says on the About page how much it stores', () => {
    const bytes = stored.reduce((sum, { url }) => sum + statSync(join(distDir, url)).size, 0);
    const said = /data-offline-size>([^<]+)</u.exec(builtPage('/about/'))?.[1];
    expect(said).toBe(storedSize(bytes));
  });

  it('stores only files that exist', () => {
    expect([...storedUrls].filter((url) => !existsSync(join(distDir, url)))).toEqual([]);
  });
});
