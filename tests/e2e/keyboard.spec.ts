import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (el: { text: string; label: string; tag: string; href: string }) => boolean,
  limit = 120,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        text: el?.textContent?.trim() ?? '',
        label: el?.getAttribute('aria-label') ?? '',
        tag: el?.tagName ?? '',
        href: el?.getAttribute('href') ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('The element was not reached by Tab.');
}

test('a keyboard-only reader can go from home to a note, a citation, search and the glossary', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await tabTo(page, (el) => el.href === '/speech/cybersecurity/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/speech\/cybersecurity\/$/u);
  await page.waitForLoadState();

  await tabTo(page, (el) => el.label === 'Paragraph 4: link to this paragraph');
  await page.keyboard.press('Enter');
  await expect(page.locator('#p4:target')).toBeVisible();

  await tabTo(page, (el) => el.label === 'Cite paragraph 4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Cite paragraph 4' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Cite paragraph 4' })).toBeFocused();

  await tabTo(page, (el) => el.text.startsWith('Note on') && el.tag === 'A');
  await page.keyboard.press('Enter');
  await expect(page.locator('.sidenote:target')).toBeVisible();

  await page.keyboard.press('/');
  await page.keyboard.type('netizens');
  // Each keystroke searches; wait for the last word's results, not a shorter prefix's.
  await expect(page.getByRole('banner').locator('[data-search-summary]')).toContainText('for “netizens”');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('netizens');
  await page.waitForLoadState();

  await tabTo(page, (el) => el.text === '¶3' && el.tag === 'A');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/speech\/online-governance\/#p3$/u);
});

test('motion is only smooth for readers who have not asked for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/speech/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
