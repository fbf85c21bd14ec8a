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

test('the policy blocks a script injected into the page', async ({ page }) => {
  await page.goto('/speech/');
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        setTimeout(() => resolve(false), 5000);
      }),
  );
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
