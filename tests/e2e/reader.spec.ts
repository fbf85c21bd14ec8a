import { expect, test, type Page } from '@playwright/test';
import { allPaths, sectionPaths, visit } from './pages';

/** Collects console errors and uncaught exceptions while a page is used. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const path of allPaths) {
  test(`${path} loads with no console error`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await visit(page, path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('an unknown address answers 404 with a page that offers the sections and search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Cybersecurity' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
});

test('next and previous walk through every section in order', async ({ page }) => {
  await page.goto(sectionPaths[0] ?? '/');
  /** Follows rel links until there are none, returning the paths visited. */
  const walk = async (rel: 'next' | 'prev') => {
    const visited = [new URL(page.url()).pathname];
    for (let link = page.locator(`a[rel="${rel}"]`); (await link.count()) > 0;) {
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.waitForURL(href);
      visited.push(new URL(page.url()).pathname);
    }
    return visited;
  };
  expect(await walk('next')).toEqual(sectionPaths);
  expect(await walk('prev')).toEqual([...sectionPaths].reverse());
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/speech/cybersecurity/');
  const toc = page.getByRole('navigation', { name: 'Sections' });
  await expect(toc.locator('[aria-current="page"]')).toHaveText(/Cybersecurity/u);
  await expect(toc.locator('[aria-current="page"]')).toHaveCount(1);
});

for (const path of ['/speech/#p4', '/speech/core-technologies/#p5']) {
  test(`arriving at ${path} lands on the paragraph and marks it`, async ({ page }) => {
    await page.goto(path);
    const id = path.split('#')[1] ?? '';
    const paragraph = page.locator(`#${id}`);
    await expect(paragraph).toBeInViewport();
    await expect(page.locator(`#${id}:target`)).toBeVisible();
    const marked = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(marked).not.toBe('rgba(0, 0, 0, 0)');
    expect(marked).not.toBe(paper);
  });
}

test('a paragraph number is a link to its own paragraph', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.getByRole('link', { name: 'Paragraph 4: link to this paragraph' }).click();
  await expect(page).toHaveURL(/\/speech\/cybersecurity\/#p4$/u);
  await expect(page.locator('#p4:target')).toBeVisible();
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focused links show a visible outline', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
  );
  expect(outline).toBe('solid');
});

test('the colour scheme toggle switches to dark and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/speech/');
  const toggle = page.getByRole('button', { name: 'Dark scheme' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.goto('/about/');
  expect(await background()).toBe(dark);
  await expect(page.getByRole('button', { name: 'Dark scheme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dark scheme' }).click();
  await page.reload();
  expect(await background()).toBe(light);
});

test('a stored dark scheme applies before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  await page.evaluate(() => localStorage.setItem('color-scheme', 'dark'));
  // Record the scheme the moment the body starts, before any module script or stylesheet load finishes.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { schemeAtParse: string }).schemeAtParse =
          document.documentElement.dataset['colorScheme'] ?? 'none';
      }
    });
  });
  await page.goto('/speech/');
  expect(await page.evaluate(() => (window as unknown as { schemeAtParse: string }).schemeAtParse)).toBe(
    'dark',
  );
});

test('the header search form goes to /search/ and finds the paragraph', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search the speech and notes' });
  await search.fill('treasures');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=treasures$/u);
  const hit = page.getByRole('main').getByRole('link', { name: /^Core technologies ¶5/u });
  await expect(hit).toHaveAttribute('href', '/speech/core-technologies/?highlight=treasures#p5');
  await hit.click();
  await expect(page.locator('#p5')).toBeInViewport();
});
