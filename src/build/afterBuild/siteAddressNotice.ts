import type { AstroIntegration } from 'astro';
import { SITE_URL } from '../siteUrl';

/** What a build without SITE_URL means, said where whoever deploys will see it: at the end of the build. */
const SITE_ADDRESS_NOTICE =
  'SITE_URL is unset: this build is a preview. Its pages, open data and citations carry addresses relative to ' +
  'wherever it is served, citations copied in the browser name the address a page was opened at, and no ' +
  'sitemap was written. To publish it, build with the public address: SITE_URL=https://example.org/ npm run build';

/** The last step after the build: a plain warning when the site's public address is unset. */
export const siteAddressNotice = (): AstroIntegration => ({
  name: 'site-address',
  hooks: {
    'astro:build:done': ({ logger }) => {
      if (!SITE_URL) logger.warn(SITE_ADDRESS_NOTICE);
    },
  },
});
