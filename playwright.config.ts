import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// The port `npm start` serves on: astro preview runs once per project, so a running one is reused locally.
// E2E_PORT moves it, so that a second checkout's browser tests never reuse this one's server.
const port = Number(process.env['E2E_PORT'] ?? 4321);

/** Browser tests run Debian's Chromium against the built site in dist/, served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // A first visit, as the tests describe it: the service worker that stores the site for reading
    // offline would otherwise serve some of a test's requests and not others, depending on how far it
    // had got, and Playwright's request routing does not see what it serves. offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
  },
});
