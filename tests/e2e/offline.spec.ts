import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serveStatic } from '../../bench/staticServer';
import type { OfflineManifest } from '../../src/lib/offline/edition';
import { distDir } from '../support/builtSite';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A section page's first visit, everything the host sends included, with gzip (the light-first-visit issue). */
const FIRST_VISIT_BUDGET = 15 * 1024;
const manifest = JSON.parse(readFileSync(join(distDir, 'offline.json'), 'utf8')) as OfflineManifest;

// These tests are about the service worker, which the other browser tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
// Several of them save the whole edition: a few hundred files from the preview server.
test.slow();

/** The paths the service worker holds in its caches of a kind: pages kept as read, or the saved edition. */
const stored = (page: Page, kind: 'read' | 'saved') =>
  page.evaluate(async (wanted) => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith(`edition-${wanted}-`)) continue;
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  }, kind);

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** Opens a page and waits until the service worker has kept it. */
async function read(page: Page, path: string) {
  await page.goto(path);
  await expect.poll(() => stored(page, 'read')).toContain(path);
}

/** Reads a page with no connection: its heading, and its own stylesheet applied. */
async function expectReadable(page: Page, path: string, heading: RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  const font = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
  expect(font).toContain('system-ui');
}

const offlineControl = (page: Page) => page.locator('speech-offline');
const saveButton = (page: Page) =>
  page.getByRole('button', { name: /^Save the edition for offline reading/u });

/** How long saving the whole edition may take: the preview server answers a few hundred files slowly. */
const SAVING = { timeout: 60_000 };

/** Saves the whole edition from the About page and waits until it is ready. */
async function saveEdition(page: Page, about = '/about/') {
  await page.goto(about);
  await saveButton(page).click();
  const status = offlineControl(page).getByRole('status');
  await expect(status).toHaveText(/^The edition is ready to read offline\./u, SAVING);
}

test('a first visit transfers the page and nothing more: no worker, within the budget', async ({
  browser,
}) => {
  const host = await serveStatic(distDir, 0, ['gzip']);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${host.url}/speech/cybersecurity/`);
    // Whatever the page does once it has loaded and the browser is idle has happened by now.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    expect(await registrations(page)).toBe(0);
    expect(await cacheNames(page)).toEqual([]);
    expect(host.bytesServed()).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  } finally {
    await context.close();
    await host.close();
  }
});

test('pages read online are read again offline, with their styles', async ({ page, context }) => {
  await page.goto('/speech/cybersecurity/');
  expect(await registrations(page)).toBe(0);
  // The second page registers the worker, which keeps it and the first one.
  await read(page, '/glossary/cyberpower/');
  await expect.poll(() => stored(page, 'read')).toContain('/speech/cybersecurity/');
  // From then on the worker keeps each page as it passes.
  await read(page, '/themes/digital-economy/');
  expect(await stored(page, 'saved')).toEqual([]);

  await context.setOffline(true);
  await expectReadable(page, '/speech/cybersecurity/', /Cybersecurity/u);
  await expect(page.locator('#p4')).toContainText('critical information infrastructure');
  await expectReadable(page, '/glossary/cyberpower/', /cyber/iu);
  await expectReadable(page, '/themes/digital-economy/', /digital economy/iu);
});

test('offline, a page not kept shows the offline page, and search says what it needs', async ({
  page,
  context,
}) => {
  await page.goto('/speech/cybersecurity/');
  await read(page, '/glossary/cyberpower/');
  await expect.poll(() => stored(page, 'read')).toContain('/speech/cybersecurity/');
  await context.setOffline(true);

  await page.goto('/speech/digital-economy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for offline reading');
  const kept = page.getByRole('region', { name: 'Pages kept on this device' });
  await expect(kept.getByRole('link')).toHaveText([/cyberpower/u, /Cybersecurity/u]);
  await expect(page.getByRole('link', { name: 'save the edition for offline reading' })).toHaveAttribute(
    'href',
    '/about/#offline-heading',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
  }

  await page.goto('/glossary/cyberpower/');
  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
  await search.fill('netizens');
  const panel = page.getByRole('banner').locator('[data-search-panel]');
  await expect(panel).toContainText('Search needs a connection, or the edition saved for offline reading.');
  await expect(panel.getByRole('link', { name: 'Save the edition for offline reading' })).toBeVisible();
});

test('the whole edition, saved on request, reads and searches offline', async ({ page, context }) => {
  await saveEdition(page);
  expect([...new Set(await stored(page, 'saved'))].sort()).toEqual(
    [...manifest.files.map((file) => file.url), '/offline.json'].sort(),
  );
  await expect(offlineControl(page)).toContainText(`Saved for offline reading: version ${manifest.version},`);
  // A returning reader sees the same.
  await page.reload();
  await expect(offlineControl(page)).toContainText(`Saved for offline reading: version ${manifest.version},`);
  await expect(page.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();
  await expect(saveButton(page)).toBeHidden();

  await context.setOffline(true);
  await expectReadable(page, '/speech/international-governance/', /International/u);
  await expectReadable(page, '/glossary/critical-information-infrastructure/', /critical information/iu);
  await expectReadable(page, '/timeline/', /Timeline/u);
  await page.goto('/search/?q=netizens');
  await expect(page.locator('speech-search-page a.search-hit').first()).toBeVisible();
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('removing the offline copy empties the store, and nothing is kept until the reader saves again', async ({
  page,
}) => {
  await saveEdition(page);
  await page.getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(offlineControl(page).getByRole('status')).toHaveText(/^The offline copy is removed\./u);
  expect(await cacheNames(page)).toEqual([]);
  expect(await registrations(page)).toBe(0);
  await expect(saveButton(page)).toBeFocused();
  await page.goto('/speech/');
  await page.goto('/themes/');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  expect(await registrations(page)).toBe(0);
});

test('with Save-Data on, nothing is kept in the background, and saving still works', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await page.goto('/speech/');
  await page.goto('/themes/');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  expect(await registrations(page)).toBe(0);
  expect(await cacheNames(page)).toEqual([]);
  await saveEdition(page);
  expect(await stored(page, 'saved')).toContain('/speech/');
});

/**
 * The site as the preview server serves it, through a proxy on a port of its own (an origin of its own,
 * with its own worker): `delay` slows each answer; after `nextBuild` the worker and the manifest name
 * another build, which is what a new build looks like to a reader's browser. Playwright's routing does
 * not see what a service worker fetches.
 */
async function proxiedSite(base: string, delay = 0) {
  let next = false;
  const nextId = `next${manifest.build.slice(4)}`;
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', base), { redirect: 'manual' });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (next && (request.url === '/sw.js' || request.url === '/offline.json'))
        body = Buffer.from(body.toString('utf8').replaceAll(manifest.build, nextId));
      await new Promise((resolve) => setTimeout(resolve, delay));
      const type = upstream.headers.get('content-type');
      response.writeHead(upstream.status, type ? { 'Content-Type': type } : {}).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    nextId,
    nextBuild: () => (next = true),
    close: () => {
      // Keep-alive connections, and answers the page stopped waiting for, would hold the server open.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

test('saving shows its progress, and Cancel stops it and keeps nothing of it', async ({ page, baseURL }) => {
  const site = await proxiedSite(baseURL ?? '', 40);
  try {
    await page.goto(`${site.url}/about/`);
    await saveButton(page).click();
    const progress = offlineControl(page).getByRole('progressbar', { name: 'Saving the edition:' });
    await expect(progress).toBeVisible();
    await expect(offlineControl(page)).toContainText(
      new RegExp(`[1-9]\\d* of ${manifest.files.length} files`, 'u'),
    );
    await expect(offlineControl(page).getByRole('status')).toHaveText('Saving: 25 percent done.');
    await offlineControl(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(offlineControl(page).getByRole('status')).toHaveText(/^Saving was cancelled/u);
    await expect(progress).toBeHidden();
    expect(await stored(page, 'saved')).toEqual([]);
    await expect(saveButton(page)).toBeVisible();
  } finally {
    await site.close();
  }
});

/** Reloads the page, which finds the next build's worker, and waits until that worker has installed. */
async function reloadIntoNextBuild(page: Page) {
  await page.reload();
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const installed = (worker: ServiceWorker | null) =>
      new Promise<void>((resolve) =>
        worker?.addEventListener('statechange', () => {
          if (registration.waiting) resolve();
        }),
      );
    if (registration.waiting) return;
    if (registration.installing) return installed(registration.installing);
    await new Promise<void>((resolve) =>
      registration.addEventListener('updatefound', () => resolve(installed(registration.installing))),
    );
  });
}

/** Reads two pages through the proxy, so that the worker is registered and serving. */
async function readThrough(page: Page, site: string) {
  await page.goto(`${site}/`);
  await page.goto(`${site}/about/`);
  await expect.poll(() => stored(page, 'read')).toContain('/about/');
  await page.goto(`${site}/speech/`);
  await expect.poll(() => stored(page, 'read')).toContain('/speech/');
}

test('a new build’s worker brings the saved copy up to date first, then the page offers to reload into it', async ({
  page,
  context,
  baseURL,
}) => {
  const site = await proxiedSite(baseURL ?? '');
  try {
    await readThrough(page, site.url);
    await saveEdition(page, `${site.url}/about/`);
    site.nextBuild();
    await reloadIntoNextBuild(page);
    // Installed and waiting: the new build is saved whole beside the old one, which still serves.
    expect(await cacheNames(page)).toEqual(
      expect.arrayContaining([`edition-saved-${manifest.build}`, `edition-saved-${site.nextId}`]),
    );
    const notice = page.getByRole('region', { name: 'New version' });
    await expect(notice.getByRole('status')).toHaveText('A new version of the edition is available.');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('.update-notice').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
    }

    await notice.getByRole('button', { name: 'Reload' }).focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(notice).toBeHidden();
    // The old build's caches are gone; the reader's pages and saved copy are the new build's.
    await expect
      .poll(() => cacheNames(page))
      .toEqual(expect.arrayContaining([`edition-saved-${site.nextId}`, `edition-read-${site.nextId}`]));
    expect((await cacheNames(page)).filter((name) => name.includes(manifest.build))).toEqual([]);
    expect(await stored(page, 'read')).toEqual(expect.arrayContaining(['/about/', '/speech/']));
    await context.setOffline(true);
    await expectReadable(page, `${site.url}/themes/`, /Themes/u);
  } finally {
    await site.close();
  }
});

test('"Not now" puts the notice away until the next page', async ({ page, baseURL }) => {
  const site = await proxiedSite(baseURL ?? '');
  try {
    await readThrough(page, site.url);
    site.nextBuild();
    await reloadIntoNextBuild(page);
    const notice = page.getByRole('region', { name: 'New version' });
    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(notice).toBeHidden();
    await page.goto(`${site.url}/about/`);
    await expect(notice).toBeVisible();
  } finally {
    await site.close();
  }
});
