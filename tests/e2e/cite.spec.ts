import { expect, test } from '@playwright/test';
import { EDITION_CITED } from '../support/editionVersion';
import { SITE } from './pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

test('arriving at a sentence anchor lands on the sentence and marks it', async ({ page }) => {
  await page.goto('/speech/cybersecurity/#p4-3');
  const sentence = page.locator('#p4-3:target');
  await expect(sentence).toBeInViewport();
  await expect(sentence).toContainText('We will establish a mechanism and platform');
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the copy-link control of a paragraph and of a sentence copies the canonical address', async ({
  page,
}) => {
  await page.goto('/speech/');
  await page.getByRole('button', { name: 'Copy link to paragraph 4' }).click();
  await expect.poll(() => clipboard(page)).toBe(`${SITE}/speech/cybersecurity/#p4`);
  await expect(page.getByRole('status').filter({ hasText: 'Link to paragraph 4 copied' })).toBeVisible();
  await page.getByRole('link', { name: 'Link to sentence 2 of paragraph 5' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${SITE}/speech/core-technologies/#p5-2`);
  await expect(page.locator('#p5-2:target')).toBeVisible();
});

test('the cite panel opens by keyboard, copies a style, and returns focus on Escape', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  const cite = page.getByRole('button', { name: 'Cite paragraph 4' });
  await cite.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cite paragraph 4' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Chicago')).toHaveValue(
    `Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Speech, April 20, 2018. In Xi Jinping: The ` +
      `Governance of China III. Foreign Languages Press, 2020. Paragraph 4. ${EDITION_CITED}. ${SITE}/speech/cybersecurity/#p4.`,
  );
  await expect(dialog.getByLabel('BibTeX')).toHaveValue(/@incollection\{xi2018p4,/u);
  await dialog.getByRole('button', { name: 'Copy MLA' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toContain('par. 4.');
  await expect(dialog.getByRole('status')).toHaveText('MLA copied.');
  await expect(dialog.getByRole('link', { name: 'Download RIS' })).toHaveAttribute('href', '/cite/p4.ris');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();
});

test('a reader who moves on as the cite panel closes keeps their place', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.getByRole('button', { name: 'Cite paragraph 4' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite paragraph 4' })).toBeVisible();
  // The close event follows close() as a separate task; focus moves in between, as a quick Tab would.
  // The dialog's own close handler came first, so it has run once this one has.
  await page.evaluate(async () => {
    const dialog = document.querySelector<HTMLDialogElement>('speech-cite dialog');
    const closed = new Promise((done) => dialog?.addEventListener('close', done, { once: true }));
    dialog?.close();
    document.querySelector<HTMLAnchorElement>('a.note-ref')?.focus();
    await closed;
  });
  await expect(page.locator('a.note-ref').first()).toBeFocused();
});

test('the whole speech can be cited from its header', async ({ page }) => {
  await page.goto('/speech/');
  await page.getByRole('button', { name: 'Cite this speech' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite the speech' });
  await expect(dialog.getByLabel('APA')).toHaveValue(
    /^Xi, J\. \(2020\)\. Enhance cyber capabilities through innovation/u,
  );
  await expect(dialog.getByLabel('RIS')).toHaveValue(
    new RegExp(`ET  - ${EDITION_CITED}\\r?\\n[\\s\\S]*UR  - ${SITE}/speech/\\r?\\n`, 'u'),
  );
});
