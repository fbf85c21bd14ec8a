import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookPdf } from '../../src/lib/downloads/pdf/bookPdf';
import { bookOf, type Book } from '../../src/lib/downloads/book';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { builtPages, distDir } from '../support/builtSite';
import { fixture } from '../support/editionFixture';
import { EDITION_CITED, version } from '../support/editionVersion';
import { describeFirstDifference } from '../support/fidelity';
import { reference } from '../support/paths';
import { linkTargets, pdfXml, textInFace } from '../support/pdfText';

const file = join(distDir, 'edition.pdf');
const xml = pdfXml(file);
// Poppler warns on stderr about Typst's /Suspects flag (a boolean where it expects a name): not a problem.
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
/** The face the PDF sets the speaker's words in, and nothing else (src/lib/downloads/pdf/book.typ). */
const SPEAKER_FACE = 'SourceSerif4';

/** Everything the PDF sets in the speaker's face, in order: title page, rights notice, the speech. */
const speakerParts = (parts: {
  title: string;
  dateLine: string;
  rightsNotice: string;
  copyright: string;
  occasion: string;
  paragraphs: readonly string[];
}) =>
  [
    parts.title,
    parts.dateLine,
    parts.rightsNotice,
    parts.copyright,
    parts.title,
    parts.dateLine,
    parts.occasion,
    ...parts.paragraphs,
  ].join(' ');

describe('/edition.pdf', () => {
  it('sets the official text, word for word and in order, and nothing else, in the speaker’s face', () => {
    const difference = describeFirstDifference(speakerParts(reference), textInFace(xml, SPEAKER_FACE));
    expect(difference).toBeUndefined();
  });

  it('fails the comparison when a word of a paragraph is changed or left out', () => {
    const text = textInFace(xml, SPEAKER_FACE);
    expect(
      describeFirstDifference(
        speakerParts(reference),
        text.replace('Without cybersecurity', 'Without security'),
      ),
    ).toMatch(/first difference/u);
    expect(describeFirstDifference(speakerParts(reference), text.replace(' cyberpower ', ' '))).toMatch(
      /first difference/u,
    );
  });

  it('holds the metadata: title, author, subject with the version, keywords, tagged, A4', () => {
    const info = poppler('pdfinfo');
    expect(info).toMatch(/^Title: +Enhance Cyber Capabilities Through Innovation \(/mu);
    expect(info).toMatch(/^Author: +Xi Jinping$/mu);
    expect(info).toContain(EDITION_CITED);
    expect(info).toMatch(/^Keywords: +cybersecurity/mu);
    expect(info).toMatch(/^Tagged: +yes$/mu);
    expect(info).toMatch(/^Page size: +595\.\d+ x 841\.\d+ pts \(A4\)$/mu);
    // The document's language, in its catalog.
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (en)');
  });

  it('embeds subsets of the edition’s own fonts only, Chinese included', () => {
    const fonts = poppler('pdffonts').split('\n').slice(2).filter(Boolean);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+(SourceSerif4|SourceSans3|NotoSerifSC)-/u);
      expect(line).toMatch(/ yes yes yes /u);
    }
    expect(fonts.some((line) => line.includes('NotoSerifSC'))).toBe(true);
    expect(poppler('pdftotext', '-q', '-enc', 'UTF-8').replace(/\s/gu, '')).toContain('网络强国');
  });

  it('has a bookmark outline, the version on its title page and live permalinks to every paragraph', () => {
    expect(xml).toMatch(/<outline>[\s\S]*The speech[\s\S]*Glossary[\s\S]*<\/outline>/u);
    const firstPage = xml.split('<page ')[1] ?? '';
    expect(firstPage).toContain(`Version ${version}`);
    const links = linkTargets(xml);
    for (let n = 1; n <= reference.paragraphs.length; n += 1)
      expect(links.some((href) => new RegExp(`^https?://[^/]+/speech/[a-z-]+/#p${n}$`, 'u').test(href))).toBe(
        true,
      );
  });
});

describe('the downloads', () => {
  it('are linked from the home page, /speech/, /about/ and /data/, and preloaded nowhere', () => {
    const pages = new Map(builtPages());
    for (const path of ['/', '/speech/', '/about/', '/data/'])
      expect(pages.get(path), path).toMatch(
        /<a href="\/edition\.pdf"[^>]*>[\s\S]*<a href="\/edition\.epub"/u,
      );
    for (const [path, html] of pages)
      expect(html, path).not.toMatch(/<link[^>]+href="\/edition\.(pdf|epub)"/u);
  });
});

describe('the PDF typesetting', () => {
  // A small edition typeset anew: the comparison reads the PDF itself, so a changed word in what is
  // typeset is caught, not just a changed word in what was read back.
  const book = bookOf(buildEdition(fixture), new URL('https://example.org/'));
  const parts = {
    ...book.speech,
    rightsNotice: book.officialText.rightsNotice,
    copyright: book.officialText.copyright,
    paragraphs: book.sections.flatMap((s) =>
      s.paragraphs.map((p) => p.runs.map((run) => (run.kind === 'words' ? run.text : '')).join('')),
    ),
  };
  const faceOf = (typeset: Book) => textInFace(pdfXml(bookPdf(typeset).bytes), SPEAKER_FACE);

  it('keeps a small edition’s words, and a PDF with one word changed fails the comparison', () => {
    expect(describeFirstDifference(speakerParts(parts), faceOf(book))).toBeUndefined();
    const changed = structuredClone(book);
    const run = changed.sections[0]?.paragraphs[0]?.runs.find((r) => r.kind === 'words');
    if (run?.kind === 'words') run.text = run.text.replace(/\w+/u, 'Changed');
    expect(describeFirstDifference(speakerParts(parts), faceOf(changed))).toMatch(/first difference/u);
  });
});
