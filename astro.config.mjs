// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// SITE_URL makes permalinks absolute (for print and, later, canonical links); unset, they stay root-relative.
const site = process.env['SITE_URL'] || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Typographic quotes would alter the speaker's words (the source uses straight apostrophes).
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX modules carry its own "use astro:head-inject" marker; the bundler's notice about it is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
