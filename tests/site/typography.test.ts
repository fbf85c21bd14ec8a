import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EDITORIAL, PARAGRAPH_CLASS } from '../../src/lib/contract';
import { builtPages, distDir } from '../support/builtSite';
import { EPUB_SPEAKERS, proseTexts, SITE_SPEAKERS } from '../support/proseTexts';
import { pdfXml, textInFace } from '../support/pdfText';

/** Each straight quote of a text, with a few characters around it. */
const quotesIn = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map(
    (match) => `${match[0]} in “${text.slice(Math.max(0, match.index - 20), match.index + 20).trim()}”`,
  );

/**
 * The straight quotes in a page's prose: double quotes anywhere but in code, and single quotes
 * (apostrophes) in the editors' words, that is, anywhere but code and the speaker's words (elements of
 * the `speakers` classes, less the editors' marks inside them), which print straight apostrophes as the
 * source does.
 */
const straightQuotes = (html: string, speakers: ReadonlySet<string>) =>
  proseTexts(html, speakers).flatMap(({ text, speakersWords }) =>
    quotesIn(text, speakersWords ? /"/gu : /["']/gu),
  );

describe('typographic quotes in the editors’ words', () => {
  it('finds straight quotes in the editors’ words, and apostrophes only there (a fixture)', () => {
    const html = `<p>The "new era" of the Party's congress</p>
      <div class="${PARAGRAPH_CLASS}"><p>raise the public's awareness<span ${EDITORIAL}>a note's "word"</span></p></div>
      <pre><code>read_csv("speech.csv")</code></pre>`;
    expect(straightQuotes(html, SITE_SPEAKERS)).toEqual([
      `" in “The "new era" of the Par”`,
      `" in “The "new era" of the Party's con”`,
      `' in “ew era" of the Party's congress”`,
      `' in “a note's "word"”`,
      `" in “a note's "word"”`,
      `" in “a note's "word"”`,
    ]);
  });

  it('are typographic on every page of the site', () => {
    const problems = builtPages().flatMap(([path, html]) =>
      straightQuotes(html, SITE_SPEAKERS).map((text) => `${path}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('are typographic in the EPUB', () => {
    const files = unzipSync(readFileSync(join(distDir, 'edition.epub')));
    const problems = Object.entries(files)
      .filter(([name]) => name.endsWith('.xhtml'))
      .flatMap(([name, bytes]) =>
        straightQuotes(strFromU8(bytes), EPUB_SPEAKERS).map((text) => `${name}: ${text}`),
      );
    expect(problems).toEqual([]);
  });

  it('are typographic in the PDF, whose editors’ face is Source Sans 3', () => {
    const editors = textInFace(pdfXml(join(distDir, 'edition.pdf')), 'SourceSans3');
    expect(editors.length).toBeGreaterThan(10_000);
    expect(quotesIn(editors, /["']/gu)).toEqual([]);
  });
});
