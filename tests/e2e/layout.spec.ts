import { expect, test } from '@playwright/test';
import { allPaths, firstScriptRan, sweep, visit } from './pages';

for (const path of allPaths) {
  sweep(`${path} does not scroll sideways on a 320 px phone`, async ({ sweepPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await visit(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  });
}

test('on a phone the sections list is a disclosure that opens by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/speech/cybersecurity/');
  const toc = page.getByRole('navigation', { name: 'Sections' });
  const summary = toc.locator('summary');
  await expect(toc.getByRole('link', { name: /Core technologies/u })).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(toc.getByRole('link', { name: /Core technologies/u })).toBeVisible();
});

test('the text column keeps a reading measure of 60 to 75 characters on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/speech/cybersecurity/');
  const measure = await page.locator('#p4 p').evaluate((p) => {
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
    p.append(probe);
    const perChar = probe.getBoundingClientRect().width / 104;
    probe.remove();
    return p.getBoundingClientRect().width / perChar;
  });
  expect(measure).toBeGreaterThanOrEqual(60);
  expect(measure).toBeLessThanOrEqual(75);
});

test('the margin beside the text stays free for notes on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/speech/cybersecurity/');
  const text = await page.locator('.speech-text').boundingBox();
  const frame = await page.locator('main').boundingBox();
  expect(text && frame && frame.x + frame.width - (text.x + text.width)).toBeGreaterThanOrEqual(192);
});

test('print drops the navigation and prints each paragraph permalink', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('nav[aria-label="Previous and next section"]')).toBeHidden();
  const printed = await page
    .locator('#p4 .paragraph-number')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toContain('/speech/cybersecurity/#p4');
});

for (const path of ['/', '/speech/', '/speech/cybersecurity/']) {
  test(`${path} does not shift as its scripts load, on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    await firstScriptRan(page);
    // A buffered observer receives every shift since navigation; two frames later, any shift of the
    // layout the script changed has been recorded, and takeRecords hands it over at once.
    const total = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
          let sum = 0;
          const add = (entries: PerformanceEntryList) => {
            for (const shift of entries as Shift[]) if (!shift.hadRecentInput) sum += shift.value;
          };
          const observer = new PerformanceObserver((list) => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              add(observer.takeRecords());
              resolve(sum);
            }),
          );
        }),
    );
    expect(total).toBeLessThan(0.01);
  });
}
