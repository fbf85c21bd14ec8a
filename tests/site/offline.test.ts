import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { OfflineManifest } from '../../src/lib/offline/edition';
import { fileSize } from '../../src/lib/text/numbers';
import { builtPage, builtPages, distDir } from '../support/builtSite';

const manifest = JSON.parse(readFileSync(join(distDir, 'offline.json'), 'utf8')) as OfflineManifest;
const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
const listed = new Set(manifest.files.map((file) => file.url));
const fileOf = (url: string) => join(distDir, url.endsWith('/') ? `${url}index.html` : url);
const filesIn = (dir: string) => readdirSync(join(distDir, dir)).map((name) => `/${dir}/${name}`);

describe('the edition offline (offline.json)', () => {
  it('lists every page, style and script, and the whole of search', () => {
    const expected = [
      ...builtPages().map(([path]) => path),
      ...filesIn('_astro'),
      ...filesIn('pagefind/index'),
      ...filesIn('pagefind/fragment'),
      ...filesIn('pagefind/filter'),
      ...filesIn('search/words'),
      '/search/names.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/favicon.svg',
      '/cite/speech.ris',
      // What the previews of references show, so that they work offline too.
      '/reference-previews.json',
    ];
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
  });

  it('leaves out preview images, open data, downloads and Pagefind’s unused files', () => {
    const left = [...listed].filter((url) =>
      /^\/og\/|\.(json|jsonld|csv|txt|pdf|epub)$|^\/pagefind\/pagefind-(?!entry)|wasm\.unknown/u.test(url),
    );
    expect(
      left.filter((url) => !/^\/(search|pagefind)\//u.test(url) && url !== '/reference-previews.json'),
    ).toEqual([]);
    expect(left.filter((url) => /pagefind-(?!entry)|wasm\.unknown/u.test(url))).toEqual([]);
  });

  it('gives each file the hash of its content as revision, and its size', () => {
    const wrong = manifest.files
      .filter(({ url, revision, bytes }) => {
        const body = readFileSync(fileOf(url));
        return (
          createHash('sha256').update(body).digest('hex').slice(0, 16) !== revision || body.length !== bytes
        );
      })
      .map(({ url }) => url);
    expect(wrong).toEqual([]);
    expect(manifest.bytes).toBe(manifest.files.reduce((sum, file) => sum + file.bytes, 0));
  });

  it('lists only files that exist, each once', () => {
    expect(manifest.files.filter(({ url }) => !existsSync(fileOf(url)))).toEqual([]);
    expect(listed.size).toBe(manifest.files.length);
  });

  it('says on the About page what saving costs and what it takes once stored', () => {
    const about = builtPage('/about/');
    const stored = manifest.files.reduce((sum, { url }) => sum + statSync(fileOf(url)).size, 0);
    expect(about).toContain(`takes ${fileSize(stored)} once stored`);
    // About what a host sends: the text files gzipped, the rest as they are.
    const sent = manifest.files.reduce((sum, { url }) => {
      const body = readFileSync(fileOf(url));
      return sum + (/\.(html|js|css|json|svg|ris)$|\/$/u.test(url) ? gzipSync(body).length : body.length);
    }, 0);
    expect(about).toContain(`for offline reading (about ${fileSize(sent)})`);
    expect(about).not.toMatch(/\[offline-[a-z]+-size\]/u);
  });

  it('names the manifest’s build in the service worker, with every script and style as the frame of a page', () => {
    expect(worker).toContain(JSON.stringify(manifest.build));
    const shell = [...listed].filter((url) => url.startsWith('/_astro/'));
    expect(shell.length).toBeGreaterThan(5);
    expect(shell.filter((url) => !worker.includes(JSON.stringify(url)))).toEqual([]);
  });
});
