/**
 * The public address the site is built for, which canonical links, previews, citations, the sitemap and
 * printed permalinks name: SITE_URL when set (set it when building for a host), otherwise where
 * `npm start` serves the site. astro.config.mjs gives it to Astro as `site`; the tests compare the
 * built links with it.
 */
export const SITE_URL = process.env['SITE_URL'] || 'http://localhost:4321/';
