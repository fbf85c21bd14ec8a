import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { READER_NOTES_ELEMENT } from '../../src/lib/contract';
import { reference } from '../support/paths';
import { normalizeWhitespace } from '../support/text';
import { webAnnotationSchema } from '../support/webAnnotationSchema';
import { selectWords } from './selection';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

const marks = (page: Page) => page.locator('mark[data-reader-note]');
/** The words each note marks, joined across the marks that split them (at a term's link). */
const noted = (page: Page) =>
  page.evaluate(() => {
    const words = new Map<string, string>();
    for (const mark of document.querySelectorAll('mark[data-reader-note]')) {
      const id = mark.getAttribute('data-reader-note') ?? '';
      words.set(id, (words.get(id) ?? '') + (mark.textContent ?? ''));
    }
    return [...words.values()];
  });
const card = (page: Page) => page.getByRole('dialog', { name: /note/u });

/** Writes a note on a phrase of a sentence, by the quote toolbar's "Add a note", by keyboard. */
async function addNote(page: Page, sentence: string, phrase: string, text: string) {
  await selectWords(page, sentence, phrase);
  const add = page
    .getByRole('toolbar', { name: 'Quote the selected words' })
    .getByRole('button', { name: 'Add a note' });
  await expect(add).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('textbox', { name: 'Your note' })).toBeFocused();
  await page.keyboard.type(text);
  await card(page).getByRole('button', { name: 'Save' }).click();
  await expect(card(page)).toBeHidden();
}

const storedNotes = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('reader-notes') ?? '[]') as { text: string; sentence: string }[],
  );

test('a note is added from the quote toolbar, marked, opened, edited and deleted; overlapping notes both show', async ({
  page,
}) => {
  await page.goto('/speech/cybersecurity/');
  await addNote(page, 'p4-2', 'build a sound understanding', 'What does sound mean here?');
  // The words run into a term's link: two marks, one note, one stop of the keyboard.
  await expect.poll(() => noted(page)).toEqual(['build a sound understanding']);
  await expect(marks(page)).toHaveCount(2);
  await expect(marks(page).first()).toBeFocused();

  // A second note on words that overlap the first: the shared words carry both marks.
  await addNote(page, 'p4-2', 'a sound understanding of cybersecurity', 'Compare ¶5.');
  await expect
    .poll(() => noted(page))
    .toEqual(['build a sound understanding', 'a sound understanding of cybersecurity']);
  await expect(page.locator('mark[data-reader-note] mark[data-reader-note]')).toHaveText([
    'a ',
    'sound understanding',
  ]);
  expect((await storedNotes(page)).map((n) => n.sentence)).toEqual(['p4-2', 'p4-2']);

  // After a reload, on the section page and on /speech/, the words are marked again.
  await page.reload();
  await expect(marks(page).first()).toBeVisible();
  await page.goto('/speech/');
  await expect(page.locator('#p4 mark[data-reader-note]').first()).toBeVisible();
  await page.goto('/speech/cybersecurity/');

  // Enter on a mark opens its note; Edit, then Save.
  await marks(page).first().focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toContainText('What does sound mean here?');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
  await card(page).getByRole('button', { name: 'Edit' }).click();
  await card(page).getByRole('textbox', { name: 'Your note' }).fill('Sound: correct, in the Chinese.');
  await card(page).getByRole('button', { name: 'Save' }).click();
  expect((await storedNotes(page)).map((n) => n.text)).toContain('Sound: correct, in the Chinese.');

  // Escape closes the card and gives the focus back to the mark; a click opens it; Delete removes it.
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(marks(page).first()).toBeFocused();
  await page.locator('mark[data-reader-note]').last().click();
  await card(page).getByRole('button', { name: 'Delete' }).click();
  await expect(card(page)).toBeHidden();
  expect(await storedNotes(page)).toHaveLength(1);
  await page.reload();
  await expect.poll(() => noted(page)).toHaveLength(1);
});

test('copying a paragraph with notes gives only the speaker’s words', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await addNote(page, 'p4-3', 'emergency command capability', 'Which agency?');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#p4 p') ?? document.body);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await page.keyboard.press('Control+C');
  await expect
    .poll(async () => normalizeWhitespace(await page.evaluate(() => navigator.clipboard.readText())))
    .toBe(reference.paragraphs[3]);
});

/** The page's notes as its list shows them. */
const listed = (page: Page) => page.locator(`${READER_NOTES_ELEMENT} ol > li`);

/**
 * Opens /notes/ and waits for its script, which loads after the page's first one: until it has run, a
 * click on Export or a file given to Import meets no listener.
 */
async function openNotes(page: Page) {
  await page.goto('/notes/');
  await page.waitForFunction((name) => customElements.get(name) !== undefined, READER_NOTES_ELEMENT);
}

test('“Your notes” lists every note in speech order with its citation, filters, copies and deletes', async ({
  page,
}) => {
  await page.goto('/speech/party-leadership/');
  await addNote(page, 'p9-1', "the Party's centralized and unified leadership", 'Last in the speech.');
  await page.goto('/speech/cybersecurity/');
  await addNote(page, 'p4-1', 'national security', 'First in the speech.');
  await openNotes(page);
  await expect(listed(page)).toHaveCount(2);
  await expect(listed(page).first()).toContainText('“national security”');
  await expect(listed(page).first()).toContainText('First in the speech.');
  await expect(listed(page).first().getByRole('link', { name: '¶4, sentence 1' })).toHaveAttribute(
    'href',
    '/speech/cybersecurity/#p4-1',
  );
  await expect(listed(page).first()).toContainText('Paragraph 4. Annotated edition, version');
  await page.getByLabel('Cite in').selectOption('mla');
  await expect(listed(page).first()).toContainText(
    'Xi Jinping. “Enhance Cyber Capabilities Through Innovation.”',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }

  await page.getByRole('button', { name: 'Copy all as Markdown' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# Your notes on /u);
  expect(markdown.indexOf('national security')).toBeLessThan(markdown.indexOf("the Party's"));
  expect(markdown).toContain('> “national security”\n\nFirst in the speech.\n\nXi Jinping.');

  await page.getByRole('searchbox', { name: 'Filter' }).fill('last');
  await expect(listed(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('');
  await listed(page)
    .first()
    .getByRole('button', { name: /^Delete/u })
    .click();
  await expect(listed(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();
});

test('without scripts, “Your notes” says notes need JavaScript and live only in this browser', async ({
  page,
  browser,
}) => {
  // Chromium run by Playwright without scripts still parses <noscript> as if they ran, so the words are
  // checked in the markup, and the controls, which need scripts, hidden by the page's own rule.
  const html = await (await page.request.get('/notes/')).text();
  expect(html).toMatch(/<noscript><p>Your notes need JavaScript[^<]*live only in the browser/u);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto('/notes/');
  await expect(bare.getByRole('button', { name: 'Export notes' })).toBeHidden();
  await context.close();
});

test('notes export as W3C Web Annotations and Markdown, and import into another browser', async ({
  page,
  browser,
}) => {
  await page.goto('/speech/cybersecurity/');
  await addNote(page, 'p4-4', 'critical information infrastructure', 'A legal category.');
  await openNotes(page);
  const [annotations] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export notes' }).click(),
  ]);
  const file = await annotations.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { first: { items: unknown[] } };
  const valid = new Ajv2020({ strict: false }).compile(webAnnotationSchema);
  expect(valid(exported), JSON.stringify(valid.errors)).toBe(true);
  expect(exported.first.items).toHaveLength(1);
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(readFileSync(await markdown.path(), 'utf8')).toContain('> “critical information infrastructure”');

  // Another browser profile, with no notes, imports the file: the note and its mark come back.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await openNotes(reader);
  await reader.locator('input[type="file"]').setInputFiles(file);
  await expect(reader.getByRole('status').filter({ hasText: '1 note imported.' })).toBeVisible();
  await expect(listed(reader)).toHaveCount(1);
  await reader.goto('/speech/cybersecurity/');
  await expect(reader.locator('mark[data-reader-note]')).toHaveText('critical information infrastructure');

  // Words not in the speech are listed, not kept; the edition's own annotations bring in nothing.
  const changed = readFileSync(file, 'utf8').replace(
    'critical information infrastructure"',
    'critical information superhighway"',
  );
  await openNotes(reader);
  await reader.locator('input[type="file"]').setInputFiles({
    name: 'changed.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(changed.replaceAll('urn:uuid:', 'urn:uuid:x')),
  });
  await expect(reader.getByRole('status')).toContainText(
    'Not found in the speech, so not imported: “critical information superhighway”',
  );
  const own = await (await reader.request.get('/annotations.jsonld')).body();
  await reader
    .locator('input[type="file"]')
    .setInputFiles({ name: 'annotations.jsonld', mimeType: 'application/ld+json', buffer: own });
  await expect(reader.getByRole('status')).toContainText('0 notes imported.');
  await expect(reader.getByRole('status')).toContainText('were not a reader’s notes');

  // A file that is not Web Annotations: a clear error, and nothing changes.
  await reader.locator('input[type="file"]').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"notes": []}'),
  });
  await expect(reader.getByRole('status')).toContainText('not a set of W3C Web Annotations');
  await expect(listed(reader)).toHaveCount(1);
  await other.close();
});

test('adding, editing, exporting and importing notes asks nothing of any server but the site’s own files', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto('/speech/cybersecurity/');
  await addNote(page, 'p4-3', 'emergency command capability', 'Private.');
  await marks(page).first().click();
  await card(page).getByRole('button', { name: 'Edit' }).click();
  await card(page).getByRole('textbox', { name: 'Your note' }).fill('Still private.');
  await card(page).getByRole('button', { name: 'Save' }).click();
  await openNotes(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export notes' }).click(),
  ]);
  await page.locator('input[type="file"]').setInputFiles(await download.path());
  await expect(page.getByRole('status').filter({ hasText: 'you had already' })).toBeVisible();
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter(
    (line) => !line.startsWith(`GET ${origin}/`) && !line.startsWith('GET blob:'),
  );
  expect(foreign).toEqual([]);
});
