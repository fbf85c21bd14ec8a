// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/build/searchIndex';
import { markChinese } from './src/build/markChinese';
import { offlineReading } from './src/build/offlineReading';
import { numberSourceNotes } from './src/lib/context/sourceNotes';
import { securityHeaders } from './src/build/securityHeaders';
import { SITE_URL } from './src/build/siteUrl';
import { withoutPreloadHelper } from './src/build/withoutPreloadHelper';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({
      // Typographic quotes would alter the speaker's words (the source uses straight apostrophes).
      features: { smartPunctuation: false },
      // The introduction's and the commentary's source notes are numbered as their MDX compiles.
      mdastPlugins: [numberSourceNotes],
      // Chinese in the editors' prose is marked as such for screen readers and fonts.
      hastPlugins: [markChinese],
    }),
  },
  // Astro runs the build:done hooks one after another in this order: the service worker stores the search
  // index, so it comes after it.
  integrations: [mdx(), sitemap(), securityHeaders(), searchIndex(), offlineReading()],
  vite: {
    plugins: [tailwindcss(), withoutPreloadHelper()],
    build: {
      rolldownOptions: {
        // The markup contract's names are constants that build-time markup and scripts import
        // (lib/contract): written in where they are used, naming them costs the first script nothing.
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
        // Astro's MDX modules carry its own "use astro:head-inject" marker; the bundler's notice about it is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
