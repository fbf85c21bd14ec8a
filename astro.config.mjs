// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/build/afterBuild';
import { withoutPreloadHelper } from './src/build/bundling/withoutPreloadHelper';
import { markdownProcessor } from './src/build/markdown';
import { SITE_URL } from './src/build/siteUrl';

/**
 * The build, stage by stage (README, "How the site is built"):
 * 1. Markdown: each MDX file of content/ compiles through the transforms of src/build/markdown/.
 * 2. Rendering: the pages of src/pages/ compose what src/lib/ computes from content/.
 * 3. Bundling: Vite bundles the browser's scripts and styles, shaped by src/build/bundling/.
 * 4. After the build: the steps of src/build/afterBuild/, in the order they run.
 */
export default defineConfig({
  // The public address, when known: without it, addresses are root-relative (src/build/siteUrl.ts).
  ...(SITE_URL ? { site: SITE_URL } : {}),
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownProcessor() },
  integrations: [mdx(), ...afterBuild()],
  vite: {
    plugins: [tailwindcss(), withoutPreloadHelper()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            // The browser's scripts are named by their hash alone: every page names its script, and the
            // first script names each chunk it loads on demand, so a long name is paid on every first visit.
            output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' },
          },
        },
      },
    },
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
