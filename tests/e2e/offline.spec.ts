import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// These tests are about the service worker, which the other browser tests block (playwright.config.ts).
// Each first stores the whole edition, several times what a test's pages weigh: give them time.
test.use({ serviceWorkers: 'allow' });
test.slow();

/** Opens a page and waits until the service worker has stored the edition and serves the page. */
async function visitAndStore(page: Page, path = '/') {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

test('after a first visit, other pages and search read offline', async ({ page, context }) => {
  await visitAndStore(page);
  await context.setOffline(true);

  await page.goto('/speech/cybersecurity/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Cybersecurity/u);
  await expect(page.locator('#p4')).toContainText('critical information infrastructure');

  await page.goto('/glossary/cyberpower/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/cyber/iu);

  await page.goto('/themes/digital-economy/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/digital economy/iu);

  await page.goto('/search/?q=netizens');
  await expect(page.locator('search-page a.search-hit').first()).toBeVisible();
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
  await header.fill('cybersecuirty');
  await expect(page.getByRole('banner').locator('a.search-hit').first()).toBeVisible();
});

test('offline, an unknown page gets the 404 page and a file not stored the browser’s own error', async ({
  page,
  context,
}) => {
  await visitAndStore(page);
  await context.setOffline(true);
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.goto('/speech.json')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/u);
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

/**
 * The site as the preview server serves it, through a proxy on a port of its own (an origin of its own,
 * with its own worker) whose sw.js changes by one byte once `nextBuild` is called: what a new build looks
 * like to a reader's browser. Playwright's routing does not see the browser's fetch of a worker script.
 */
async function proxiedSite(base: string) {
  let next = false;
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', base), { redirect: 'manual' });
      let body = Buffer.from(await upstream.arrayBuffer());
      if (next && request.url === '/sw.js') body = Buffer.concat([body, Buffer.from('\n// the next build')]);
      const type = upstream.headers.get('content-type');
      response.writeHead(upstream.status, type ? { 'Content-Type': type } : {}).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    nextBuild: () => (next = true),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test('a new build’s worker waits, and the page offers to reload into it', async ({ page, baseURL }) => {
  const site = await proxiedSite(baseURL ?? '');
  try {
    await visitAndStore(page, `${site.url}/speech/`);
    site.nextBuild();
    await reloadIntoNextBuild(page);
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
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting))).toBe(
      false,
    );
  } finally {
    await site.close();
  }
});

test('"Not now" puts the notice away until the next page', async ({ page, baseURL }) => {
  const site = await proxiedSite(baseURL ?? '');
  try {
    await visitAndStore(page, `${site.url}/`);
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
