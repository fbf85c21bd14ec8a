import { expect, test } from '@playwright/test';

test('a cell of the theme map lands on its paragraph', async ({ page }) => {
  await page.goto('/themes/');
  const map = page.getByRole('group', { name: 'Themes across the nine paragraphs of the speech' });
  const cell = map.locator('a[href="/speech/civil-military-integration/#p7"]').first();
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(page).toHaveURL(/\/speech\/civil-military-integration\/#p7$/u);
  await expect(page.locator('#p7:target')).toBeInViewport();
});

test('the map has a table equivalent whose links match the cells', async ({ page }) => {
  await page.goto('/themes/');
  await page.getByText('The map as a table').first().click();
  const row = page.getByRole('row', { name: /Civil-military integration/u });
  await expect(row.getByRole('link', { name: /%$/u })).toHaveCount(2);
});

test('related-section links lead to the sections they name', async ({ page }) => {
  await page.goto('/speech/digital-economy/');
  const related = page.locator('[data-related-sections] a');
  const count = await related.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await page.goto('/speech/digital-economy/');
    const link = page.locator('[data-related-sections] a').nth(i);
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
});

test('from any page a theme’s passages are two clicks away', async ({ page }) => {
  await page.goto('/glossary/netizens/');
  await page.getByRole('banner').getByRole('link', { name: 'Themes' }).click();
  await page
    .getByRole('region', { name: 'All themes' })
    .getByRole('link', { name: 'Cybersecurity', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cybersecurity');
  const passages = page.getByRole('region', { name: /Passages/u }).getByRole('listitem');
  await expect(passages).toHaveCount(2);
  await expect(passages.first().getByRole('link')).toHaveAttribute(
    'href',
    '/speech/opportunities-and-achievements/#p1',
  );
});
