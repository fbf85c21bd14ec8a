/**
 * Debian's Chromium, as the browser tests and the benchmark launch it. Never a browser that Playwright
 * downloads: `apt-get install chromium` provides it (see .ci/run); CHROMIUM_PATH points elsewhere.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  // Flags that work on the project's machines (no sandbox as root, no network beyond loopback).
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
