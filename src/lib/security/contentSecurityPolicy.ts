import { prePaintHash } from './prePaint';

/**
 * Every page's Content-Security-Policy, in its <meta> (BaseLayout) and again as a header in dist/_headers
 * (securityHeaders.ts): everything from the site itself; scripts only from the site's files and the
 * pre-paint snippet, which its hash allows (never 'unsafe-inline'); 'wasm-unsafe-eval' because Pagefind
 * compiles its WebAssembly engine. Written here rather than by Astro's `security.csp`, which puts the hash
 * of every script of the build on every page: some 400 bytes a page that no page needs, since its
 * scripts are files and 'self' allows them. The service worker for reading offline (/sw.js) needs no
 * directive of its own: worker-src falls back to script-src (CSP Level 3), whose 'self' allows it, and a
 * `worker-src 'self'` would only add bytes to every page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `script-src 'self' 'wasm-unsafe-eval' '${prePaintHash()}'`,
  "style-src 'self'",
].join('; ');
