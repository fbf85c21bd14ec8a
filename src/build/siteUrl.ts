/**
 * The public address the site is built for, which canonical links, previews, citations, the sitemap and
 * printed permalinks name: SITE_URL when set (set it when building for a host). Unset, as for a preview
 * build, it is undefined and nothing falls back to a local address: pages, open data and static citations
 * carry root-relative addresses, pages name no canonical link, citations made in the browser name the address the page was opened at,
 * no sitemap is written, and the build says so at its end (afterBuild/siteAddressNotice.ts). A local
 * address would otherwise end up in whatever a reader takes away (issue 23).
 */
export const SITE_URL: string | undefined = process.env['SITE_URL'] || undefined;
