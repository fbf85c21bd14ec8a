/** Headers every response should carry, whatever the page. */
const COMMON_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
];

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/u;

/** The Content-Security-Policy a built page declares in its meta tag, if any. */
export function pageCsp(html: string): string | undefined {
  return CSP_META.exec(html)?.[1]?.replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
}

/**
 * A `_headers` file (read by Netlify, Cloudflare Pages and similar hosts) that sends each page's policy
 * as a real header too, adding what a meta tag cannot say (frame-ancestors).
 */
export function headersFile(pages: readonly { path: string; csp: string }[]): string {
  const blocks = [['/*', ...COMMON_HEADERS]];
  for (const { path, csp } of pages) {
    blocks.push([path, `Content-Security-Policy: ${csp.trim().replace(/;?$/u, '')}; frame-ancestors 'none'`]);
  }
  return `${blocks.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n\n')}\n`;
}
