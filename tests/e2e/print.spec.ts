import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Text as pdftotext gives it back: one space between words, and any case (headings print in capitals). */
const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();

for (const scheme of ['light', 'dark'] as const)
  test(`/speech/ printed from the ${scheme} scheme: on white, and no page ends with a heading`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/speech/');
    const headings = (await page.locator('main h1, main h2').allTextContents()).map(squeeze);
    expect(headings.length).toBeGreaterThan(5);

    // Chromium prints with background graphics on; poppler reads the text back page by page.
    const file = testInfo.outputPath('speech.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((text) => text.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const [index, text] of pages.slice(0, -1).entries()) {
      const lines = text.split('\n').map(squeeze).filter(Boolean);
      // A heading that wraps ends the page on its second line: compare the last two lines as well.
      const endings = [lines.at(-1) ?? '', `${lines.at(-2) ?? ''} ${lines.at(-1) ?? ''}`.trim()];
      expect(
        endings.filter((ending) => headings.includes(ending)),
        `page ${index + 1} ends with a heading`,
      ).toEqual([]);
    }

    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    for (const element of ['html', 'body'])
      expect(await page.locator(element).evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(
        /^(rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\))$/u,
      );
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  });
