/**
 * Absolute URL of a site path when the site's public address is known (SITE_URL at build time),
 * otherwise the root-relative path itself.
 */
export function permalink(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
