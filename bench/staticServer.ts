/**
 * Serves a built site the way a static host does, for the benchmarks: `dir/index.html` for `/dir/`,
 * `404.html` with status 404 for unknown paths, and bodies compressed as the browser asks (brotli, else
 * gzip, among the `encodings` the host offers), so the bytes the browser counts are the bytes a reader
 * would download. Gzip is at zlib's default level, as most hosts send it; brotli at its best. Pagefind's
 * index files are compressed already and go out as they are. It counts the bytes of the bodies it sends,
 * whoever asks for them: a page, its scripts, or a service worker.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ris': 'application/x-research-info-systems',
};
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml)|image\/svg)/u;

async function findFile(root: string, pathname: string): Promise<{ file: string; status: number } | null> {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('..')) return null;
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    if ((await stat(file)).isFile()) return { file, status: 200 };
  } catch {
    // not there: fall through to the 404 page
  }
  return { file: join(root, '404.html'), status: 404 };
}

export type Encoding = 'br' | 'gzip';

/** A running server: its base URL (no trailing slash), the body bytes it has sent so far, and a way to stop it. */
export interface StaticServer {
  url: string;
  bytesServed: () => number;
  close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1. */
export async function serveStatic(
  root: string,
  port: number,
  encodings: readonly Encoding[] = ['br', 'gzip'],
): Promise<StaticServer> {
  const compressed = new Map<string, Buffer>();
  let served = 0;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (!extname(pathname) && !pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const found = await findFile(root, pathname);
      if (!found) {
        response.writeHead(400).end();
        return;
      }
      const body = await readFile(found.file);
      const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
      const accepts = String(request.headers['accept-encoding'] ?? '');
      const encoding = COMPRESSIBLE.test(type)
        ? (encodings.find((name) => accepts.includes(name)) ?? null)
        : null;
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      let sent: Buffer = body;
      if (encoding) {
        const key = `${encoding}:${found.file}`;
        sent =
          compressed.get(key) ??
          (encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body));
        compressed.set(key, sent);
        headers['Content-Encoding'] = encoding;
        headers['Vary'] = 'Accept-Encoding';
      }
      response.writeHead(found.status, { ...headers, 'Content-Length': String(sent.length) });
      if (request.method !== 'HEAD') served += sent.length;
      response.end(request.method === 'HEAD' ? undefined : sent);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    // Port 0 asks the system for a free port: the address says which.
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    bytesServed: () => served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
