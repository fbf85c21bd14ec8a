import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap lists them, when the build knows the site's address to write one. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('sitemap-index.xml', site).href}\n` : ''}`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
