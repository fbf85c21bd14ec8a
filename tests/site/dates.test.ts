import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { longDate, partialDateLabel } from '../../src/lib/text/dates';
import { builtPages, distDir } from '../support/builtSite';
import { pdfXml, textInFace } from '../support/pdfText';
import { EPUB_SPEAKERS, proseTexts, SITE_SPEAKERS } from '../support/proseTexts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date written month first, "April 20, 2018": the source's date line does; the edition never does. */
const MONTH_FIRST = new RegExp(`\\b(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'gu');
/** A date written with numbers only, "20/04/2018" or "04/20/2018" (not a piece of an address's path). */
const NUMERIC = /(?<![\w/.])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\w/])/gu;

const otherFormats = (text: string) =>
  [...text.matchAll(MONTH_FIRST), ...text.matchAll(NUMERIC)].map((m) => m[0]);

describe('one date format', () => {
  it('writes every day as "20 April 2018", whatever it is given', () => {
    expect(longDate(new Date('2018-04-20'))).toBe('20 April 2018');
    expect(partialDateLabel('2018-04-20')).toBe(longDate(new Date('2018-04-20')));
    expect(
      otherFormats('On April 20, 2018 and 20/04/2018, not 20 April 2018 (https://x.org/09/17/7467.html).'),
    ).toEqual(['April 20, 2018', '20/04/2018']);
  });

  it('is the only one in the editors’ words on every page', () => {
    const problems = builtPages().flatMap(([path, html]) =>
      proseTexts(html, SITE_SPEAKERS)
        .filter(({ speakersWords }) => !speakersWords)
        .flatMap(({ text }) => otherFormats(text).map((date) => `${path}: ${date}`)),
    );
    expect(problems).toEqual([]);
  });

  it('is the only one in the open data, the EPUB’s editors’ words and the PDF’s', () => {
    const openData = readdirSync(distDir)
      .filter((name) => /\.(json|jsonld|csv)$/u.test(name) && name !== 'offline.json')
      .flatMap((name) => {
        // speech.json and speech.csv carry the source's date line as a field of its own, as printed.
        const text = readFileSync(join(distDir, name), 'utf8').replaceAll('"dateLine":"April 20, 2018"', '');
        return otherFormats(text).map((date) => `${name}: ${date}`);
      });
    const epub = Object.entries(unzipSync(readFileSync(join(distDir, 'edition.epub'))))
      .filter(([name]) => name.endsWith('.xhtml') || name.endsWith('.opf'))
      .flatMap(([name, bytes]) =>
        proseTexts(strFromU8(bytes), EPUB_SPEAKERS)
          .filter(({ speakersWords }) => !speakersWords)
          .flatMap(({ text }) => otherFormats(text).map((date) => `${name}: ${date}`)),
      );
    const pdf = otherFormats(textInFace(pdfXml(join(distDir, 'edition.pdf')), 'SourceSans3'));
    expect([...openData, ...epub, ...pdf]).toEqual([]);
  });
});
