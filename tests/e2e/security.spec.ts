import { expect, test } from '@playwright/test';
import { allPaths, visit } from './pages';

test('no page asks another origin for anything, even while searching', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
      foreign.push(request.url());
  });
  for (const path of allPaths) await visit(page, path);
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
