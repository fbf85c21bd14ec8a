import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../bench/staticServer';

// The benchmarks' numbers are only as honest as this server: it must answer like a static host.
describe('serveStatic', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const page = '<!doctype html><title>A page</title>'.repeat(20);
  const index = gzipSync('already compressed by Pagefind');

  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'static-server-'));
    await mkdir(join(root, 'speech'));
    await mkdir(join(root, 'pagefind'));
    await writeFile(join(root, 'speech', 'index.html'), page);
    await writeFile(join(root, '404.html'), 'Not here');
    await writeFile(join(root, 'pagefind', 'en.pf_index'), index);
    server = await serveStatic(root, 0);
  });
  afterAll(() => server.close());

  it('serves dir/index.html for /dir/, brotli-compressed when the browser accepts it', async () => {
    const response = await fetch(`${server.url}/speech/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('br');
    // fetch decodes the body itself; the length header is what went over the wire.
    expect(Number(response.headers.get('content-length'))).toBeLessThan(page.length / 4);
    expect(await response.text()).toBe(page);
  });

  it('redirects a directory without its slash, and answers unknown paths with the 404 page', async () => {
    const redirect = await fetch(`${server.url}/speech`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/speech/']);
    const missing = await fetch(`${server.url}/nowhere/`);
    expect([missing.status, await missing.text()]).toEqual([404, 'Not here']);
  });

  it('sends gzip, at the default level, from a host that offers only gzip', async () => {
    const gzipOnly = await serveStatic(root, 0, ['gzip']);
    try {
      const response = await fetch(`${gzipOnly.url}/speech/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(Number(response.headers.get('content-length'))).toBe(gzipSync(page).length);
      expect(await response.text()).toBe(page);
    } finally {
      await gzipOnly.close();
    }
  });

  it("sends Pagefind's files as they are, since they are compressed already", async () => {
    const response = await fetch(`${server.url}/pagefind/en.pf_index`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer())).toEqual(index);
  });

  it('counts the body bytes it sends, as they went over the wire', async () => {
    const counting = await serveStatic(root, 0, ['gzip']);
    try {
      await (await fetch(`${counting.url}/speech/`, { headers: { 'Accept-Encoding': 'gzip' } })).text();
      await (await fetch(`${counting.url}/pagefind/en.pf_index`)).arrayBuffer();
      await fetch(`${counting.url}/speech/`, { method: 'HEAD' });
      expect(counting.bytesServed()).toBe(gzipSync(page).length + index.length);
    } finally {
      await counting.close();
    }
  });
});
