import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { paths } from '../../lib/contract/paths';
import { offlineReading } from './offlineReading';
import { searchIndex } from './searchIndex';
import { siteAddressNotice } from './siteAddressNotice';
import { SITE_URL } from '../siteUrl';
import { securityHeaders } from './securityHeaders';

/**
 * The steps after the pages are written, in the order Astro runs them (one after another, in the order
 * the integrations are listed):
 * 1. the sitemap, when the site's public address is known (the offline page is what the service worker
 *    shows for a page not kept, not a page to find);
 * 2. `_headers`, each page's Content-Security-Policy as a header;
 * 3. the search index (Pagefind), with the records of the editors' context;
 * 4. the edition offline: its manifest, the service worker, and its size on the About page. It lists
 *    the search index, so it comes after it;
 * 5. a warning when the site's public address (SITE_URL) is unset, last, where it is seen.
 */
export const afterBuild = (): AstroIntegration[] => [
  ...(SITE_URL ? [sitemap({ filter: (page) => !page.endsWith(paths.offline) })] : []),
  securityHeaders(),
  searchIndex(),
  offlineReading(),
  siteAddressNotice(),
];
