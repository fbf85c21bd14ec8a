import { expect, test, type Locator } from '@playwright/test';
import { EDITION_CITED } from '../support/editionVersion';
import { SITE } from './pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

/** A style's citation as the cite dialog shows it. */
const citation = (dialog: Locator, style: string) =>
  dialog.getByRole('group', { name: style, exact: true }).locator('.cite-text');

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
  await expect(citation(dialog, 'Chicago')).toHaveText(
    `Xi Jinping. “Enhance Cyber Capabilities Through Innovation.” Speech, 20 April 2018. In Xi Jinping: The ` +
      `Governance of China III. Foreign Languages Press, 2020. Paragraph 4. ${EDITION_CITED}. ${SITE}/speech/cybersecurity/#p4.`,
  );
  await expect(citation(dialog, 'BibTeX')).toHaveText(/@incollection\{xi2018p4,/u);
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
  await expect(citation(dialog, 'APA')).toHaveText(
    /^Xi, J\. \(2020\)\. Enhance cyber capabilities through innovation/u,
  );
  await expect(citation(dialog, 'RIS')).toHaveText(
    new RegExp(`ET  - ${EDITION_CITED}\\r?\\n[\\s\\S]*UR  - ${SITE}/speech/\\r?\\n`, 'u'),
  );
  // The whole speech's page is no section: it offers the speech alone.
  await expect(dialog.getByRole('group', { name: 'What to cite' })).toBeHidden();
});

test('each citation shows whole and formatted, and its Copy button copies it as plain text', async ({
  page,
}) => {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/speech/cybersecurity/');
    await page.getByRole('button', { name: 'Cite paragraph 4' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite paragraph 4' });
    await expect(citation(dialog, 'Chicago')).toBeVisible();
    expect(await dialog.locator('textarea').count()).toBe(0);
    // Nothing scrolls inside a citation: each is as tall as its text.
    const clipped = await dialog
      .locator('.cite-text')
      .evaluateAll((texts) =>
        texts
          .filter(
            (text) => text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1,
          )
          .map((text) => text.id),
      );
    expect(clipped).toEqual([]);
    // The book's title is in italics where the style wants it, and the prose styles are not set as code.
    for (const style of ['Chicago', 'MLA', 'APA']) {
      await expect(citation(dialog, style).locator('i')).toHaveText(
        'Xi Jinping: The Governance of China III',
      );
      expect(await citation(dialog, style).evaluate((text) => getComputedStyle(text).fontFamily)).not.toMatch(
        /mono/iu,
      );
    }
    await dialog.getByRole('button', { name: 'Copy APA' }).click();
    await expect.poll(() => clipboard(page)).toBe((await citation(dialog, 'APA').textContent()) ?? '');
    await page.keyboard.press('Escape');
  }
});

test('on a section page, Cite this speech offers the section’s citation too', async ({ page }) => {
  await page.goto('/speech/opportunities-and-achievements/');
  await page.getByRole('button', { name: 'Cite this speech' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite the speech' });
  await expect(citation(dialog, 'Chicago')).toContainText(`${SITE}/speech/.`);
  await dialog.getByRole('radio', { name: /this section, Opportunities and achievements \(¶1–2\)/u }).check();
  await expect(citation(dialog, 'Chicago')).toContainText(
    `Paragraphs 1–2. ${EDITION_CITED}. ${SITE}/speech/opportunities-and-achievements/.`,
  );
  await expect(citation(dialog, 'MLA')).toContainText('pars. 1–2.');
  await expect(citation(dialog, 'BibTeX')).toContainText('@incollection{xi2018p1-2,');
  await dialog.getByRole('button', { name: 'Copy Chicago' }).click();
  await expect.poll(() => clipboard(page)).toContain('Paragraphs 1–2.');
  await dialog.getByRole('radio', { name: 'the whole speech' }).check();
  await expect(citation(dialog, 'Chicago')).not.toContainText('Paragraph');
});
