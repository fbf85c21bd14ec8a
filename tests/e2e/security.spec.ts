import { expect, test, type Page } from '@playwright/test';
import { allPaths, visit } from './pages';

/** Every request the page makes to an origin other than the site's. */
function watchForeignRequests(page: Page, baseURL: string | undefined): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
      foreign.push(request.url());
  });
  return foreign;
}

for (const path of allPaths) {
  test(`${path} asks no other origin for anything`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL);
    await visit(page, path);
    expect(foreign).toEqual([]);
  });
}

test('searching asks no other origin for anything', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL);
  await page.goto('/speech/cybersecurity/');
  await page.getByRole('banner').getByRole('searchbox').fill('cybersecurity');
  await expect(page.locator('a.search-hit').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

/** What the page under test records of an injected script. */
interface Probe {
  injected?: boolean;
  violated?: string;
}

test('the policy blocks a script injected into the page', async ({ page }) => {
  await page.goto('/speech/');
  await page.evaluate(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => ((window as Probe).violated = event.effectiveDirective),
      { once: true },
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  // The browser reports the violation as an event of its own: wait for the report, then look.
  await expect.poll(() => page.evaluate(() => (window as Probe).violated)).toMatch(/^script-src/u);
  expect(await page.evaluate(() => (window as Probe).injected)).toBeUndefined();
});
