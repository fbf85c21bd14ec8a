// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/build/afterBuild';
import { scriptEntryFile } from './src/build/bundling/scriptNames';
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
  site: SITE_URL,
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownProcessor() },
  integrations: [mdx(), ...afterBuild()],
  vite: {
    plugins: [tailwindcss(), withoutPreloadHelper()],
    // The script every page loads is named `site`, a shorter address on every page (bundling/scriptNames.ts).
    environments: {
      client: {
        build: { rolldownOptions: { output: { entryFileNames: (chunk) => scriptEntryFile(chunk.name) } } },
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
