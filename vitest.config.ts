import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic and content checks: no build needed.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Checks over the built site in dist/ (run after `npm run build`).
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
