import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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
import { descendants, pdfStructure, structText, type StructElement } from '../support/pdfStructure';
import { drawings, fontsByLanguage, pdfCatalog, pdfObjects } from '../support/pdfObjects';
import { linkTargets, pageFeet, partBeginnings, pdfPages, pdfXml, textInFace } from '../support/pdfText';

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
/** The size pdftohtml reads for the notes' face: 7.5 pt at its 1.5 units to the point, rounded. */
const NOTE_SIZE = 11;
/** The face of the parts' headings (and of the glossary's terms): the sans, semibold. */
const HEADING_FACE = 'SourceSans3-SemiBold';
/** The index of the page the speech begins on: its first paragraph's opening words. */
const speechBegins = (pdf: string) =>
  pdfPages(pdf).findIndex((page) => page.includes(`>${reference.paragraphs[0]?.slice(0, 20) ?? '-'}`));

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

  it('numbers the notes of each part from 1: the speech’s first page carries notes 1 onwards', () => {
    const feet = pageFeet(xml, { noteSize: NOTE_SIZE });
    const begins = partBeginnings(xml, { headingFace: HEADING_FACE });
    expect(feet[speechBegins(xml)]?.notes[0]?.number).toBe(1);
    let next = 1;
    let parts = 0;
    for (const [i, page] of feet.entries()) {
      if (begins[i]) [next, parts] = [1, parts + 1];
      for (const note of page.notes) {
        expect(note.number, `page ${i + 1}`).toBe(next);
        next += 1;
      }
    }
    expect(parts).toBeGreaterThan(5);
    expect(feet.flatMap((page) => page.notes).length).toBeGreaterThan(150);
  });

  it('has a bookmark outline, the version on its title page, and permalinks to every paragraph only with the site’s address', () => {
    expect(xml).toMatch(/<outline>[\s\S]*The speech[\s\S]*Glossary[\s\S]*<\/outline>/u);
    const firstPage = pdfPages(xml)[0] ?? '';
    expect(firstPage).toContain(`Version ${version}`);
    const links = linkTargets(xml);
    const site = process.env['SITE_URL'];
    // A build without SITE_URL (as `npm test` makes) links nowhere on a site whose address it does not know.
    if (!site) {
      expect(firstPage).toContain('without the site’s public address');
      expect(links.filter((href) => /localhost|^\//u.test(href))).toEqual([]);
      return;
    }
    for (let n = 1; n <= reference.paragraphs.length; n += 1)
      expect(links.some((href) => new RegExp(`^https?://[^/]+/speech/[a-z-]+/#p${n}$`, 'u').test(href))).toBe(
        true,
      );
  });
});

describe('/edition.pdf, the speech’s footnotes', () => {
  const first = speechBegins(xml);
  const begins = partBeginnings(xml, { headingFace: HEADING_FACE });
  const end = begins.findIndex((begin, i) => i > first && begin);
  const feet = pageFeet(xml, { noteSize: NOTE_SIZE });
  const speech = feet.slice(first, end);
  // Their glossary notes: the ones that open with a term in bold (a source note names works, not in bold).
  const glossaryNotes = speech.flatMap((page) => page.notes).filter((note) => note.bold.length > 0);

  /**
   * At most this share of a speech page's text area (37%) is its footnotes. Each note giving the whole
   * entry took 41-46% of four pages; the short form for repeated terms brought those to 38-41%, and notes at
   * 7.5 pt set closer to 32-36%: the rest are terms' first notes and the commentary's source notes, which
   * Typst cannot run in (reported to the lead).
   */
  const MOST = 0.37;

  it('fill at most 37% of any page of the speech', () => {
    expect(speech.length).toBeGreaterThan(5);
    // Every page of the speech has notes, measured: an empty measure would pass anything.
    for (const [i, page] of speech.entries()) expect(page.area, `page ${first + i + 1}`).toBeDefined();
    expect(Math.max(...speech.map((page) => page.area?.share ?? 0))).toBeGreaterThan(0.25);
    const shares = speech.map((page, i) => ({ page: first + i + 1, share: page.area?.share ?? 0 }));
    expect(shares.filter(({ share }) => share > MOST)).toEqual([]);
  });

  it('give a term’s entry at its first note in the speech, and after that one line with its page in the glossary', () => {
    // The glossary part: its entries open with their terms in bold; its pages print their numbers.
    const pages = pdfPages(xml);
    const glossary = begins.findIndex((begin, i) => i >= end && begin && /Glossary/u.test(pages[i] ?? ''));
    const glossaryEnd = begins.findIndex((begin, i) => i > glossary && begin);
    const glossaryPage = (term: string) => {
      const at = pages
        .slice(glossary, glossaryEnd)
        .findIndex((page) => [...page.matchAll(/<b>(.*?)<\/b>/gu)].some(([, bold]) => bold?.trim() === term));
      return at < 0 ? undefined : feet[glossary + at]?.folio;
    };
    const seen = new Set<string>();
    let later = 0;
    for (const note of glossaryNotes) {
      const term = note.bold.join(' ');
      const page = /; see Glossary, p\. (\d+)\.$/u.exec(note.text)?.[1];
      if (seen.has(term)) {
        later += 1;
        expect(page, note.text).toBeDefined();
        expect(glossaryPage(term), term).toBe(Number(page));
      } else {
        // The whole entry: term, Chinese and pinyin if any, and its definition.
        expect(page, note.text).toBeUndefined();
        expect(note.text.length, note.text).toBeGreaterThan(term.length + 40);
      }
      seen.add(term);
    }
    expect(glossaryNotes.length).toBeGreaterThan(50);
    expect(later).toBeGreaterThan(10);
  });
});

describe('/edition.pdf, recompressed by qpdf', () => {
  it('weighs at most 700 KB, its objects in compressed object streams and its XMP left readable', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(700 * 1024);
    const raw = readFileSync(file).toString('latin1');
    expect(raw).toMatch(/\/Type\s*\/ObjStm/u);
    // Tools that look for the XMP without decompressing anything find it: qpdf leaves metadata as it is.
    expect(raw).toMatch(/<<[^>]*\/Type \/Metadata[^>]*>>\s*stream\s*<\?xpacket[\s\S]*<pdfuaid:part>1</u);
  });
});

describe('/edition.pdf as PDF/UA-1', () => {
  const document = pdfStructure(file);
  const elements = descendants(document).map(({ element }) => element);
  const numberOf = (label: StructElement | undefined) => Number(label && structText(label));

  it('declares PDF/UA-1 in its XMP metadata, with its title and language', () => {
    const xmp = poppler('pdfinfo', '-meta');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toMatch(
      /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Enhance Cyber Capabilities Through Innovation \(/u,
    );
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
  });

  it('tags its headings one level at a time, in the order of its bookmarks', () => {
    const headings = elements.flatMap((e) => {
      const level = /^H(\d)$/u.exec(e.type)?.[1];
      return level ? [{ level: Number(level), title: e.title ?? '' }] : [];
    });
    expect(headings[0]).toEqual({ level: 1, title: 'Contents' });
    for (const [i, heading] of headings.entries())
      expect(heading.level, heading.title).toBeLessThanOrEqual((headings[i - 1]?.level ?? 0) + 1);
    const bookmarks = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/gu)].map(([, title]) => title);
    expect(headings.slice(1).map((h) => h.title)).toEqual(bookmarks);
  });

  it('tags every note as Typst tags a footnote: a Note with its number, after the reference with that number', () => {
    const notes = descendants(document).filter(({ element }) => element.type === 'Note');
    expect(notes.length).toBeGreaterThan(150);
    for (const parent of elements) {
      const children = parent.children.filter((child) => 'type' in child);
      for (const [i, note] of children.entries()) {
        if (note.type !== 'Note') continue;
        const label = note.children.find((child) => 'type' in child);
        expect(label?.type).toBe('Lbl');
        expect(numberOf(label)).toBeGreaterThan(0);
        expect(children[i - 1]?.type).toBe('Lbl');
        expect(numberOf(children[i - 1])).toBe(numberOf(label));
      }
    }
  });

  it('marks its language English, and every run of Chinese Chinese, set in the Chinese face', () => {
    const objects = pdfObjects(file);
    expect(pdfCatalog(objects)).toMatch(/\/Lang\s*\(en\)/u);
    const pages = fontsByLanguage(objects);
    expect(pages).toHaveLength(Number(/^Pages: +(\d+)$/mu.exec(poppler('pdfinfo'))?.[1]));
    // As a screen reader resolves each run's language (its mark, its tag's, the document's): the
    // Chinese face sets Chinese only, never text read as English, and nothing but Chinese is marked so.
    for (const [page, fonts] of pages.entries()) {
      expect(
        [...fonts.keys()].filter((language) => language !== 'en' && language !== 'zh'),
        `page ${page}`,
      ).toEqual([]);
      expect(
        [...(fonts.get('en') ?? [])].filter((font) => font.startsWith('NotoSerifSC')),
        `page ${page}`,
      ).toEqual([]);
      expect(
        [...(fonts.get('zh') ?? [])].filter((font) => !font.startsWith('NotoSerifSC')),
        `page ${page}`,
      ).toEqual([]);
    }
    const pagesWithChinese = poppler('pdftotext', '-q', '-enc', 'UTF-8')
      .split('\f')
      .filter((page) => /\p{Script=Han}/u.test(page)).length;
    expect(pagesWithChinese).toBeGreaterThan(20);
    expect(pages.filter((fonts) => fonts.has('zh'))).toHaveLength(pagesWithChinese);
  });

  it('keeps its links as tagged links, each with its annotation', () => {
    const links = elements.filter((e) => e.type === 'Link');
    expect(links.length).toBeGreaterThan(1000);
    for (const link of links) expect(link.children.some((child) => 'annotation' in child)).toBe(true);
  });

  it('leaves no letter untagged but the running header', () => {
    const letters = (text: string) =>
      [...text.replaceAll(`${reference.title} · ${EDITION_CITED}`, '')]
        .filter((c) => /\p{L}/u.test(c))
        .sort()
        .join('');
    expect(letters(structText(document))).toBe(letters(poppler('pdftotext', '-q', '-enc', 'UTF-8')));
  });

  it('is read in the text’s order: the speech’s paragraphs one after another, each note after its reference', () => {
    const read = structText(document, ['Note', 'Lbl']).replace(/\s+/gu, ' ');
    let from = 0;
    for (const paragraph of reference.paragraphs) {
      const at = read.indexOf(paragraph, from);
      expect(at, paragraph.slice(0, 40)).toBeGreaterThan(from);
      from = at + paragraph.length;
    }
  });

  it('marks every line it draws as an artifact (decoration), and draws no image', () => {
    const drawn = drawings(pdfObjects(file));
    // The rules beside each commentary and above the footnotes.
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.filter((d) => !d.artifact)).toEqual([]);
    expect(drawn.filter((d) => d.operator === 'Do')).toEqual([]);
  });

  it('holds no figure or table, which would need alternative text or header cells', () => {
    expect(elements.filter((e) => /^(Figure|Formula|Table|TH|TD)$/u.test(e.type))).toEqual([]);
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
    // Two PDFs typeset and exported as PDF/UA-1 take seconds, more on a busy machine.
  }, 60_000);

  it('without the site’s address, says so on its title page and links nowhere on the site', () => {
    const withoutSite = pdfXml(bookPdf(bookOf(buildEdition(fixture), undefined)).bytes);
    const text = withoutSite.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    expect(text).toContain('This copy was made without the site’s public address');
    expect(text).not.toMatch(/localhost|On the site:/u);
    // The only links left are the book's own (notes, glossary) and other sites' (sources, the official text).
    for (const href of linkTargets(withoutSite))
      expect(href).not.toMatch(/localhost|^\/|example\.org\/(speech|glossary)/u);
    // With the address, the ¶ numbers link to the paragraphs.
    expect(linkTargets(pdfXml(bookPdf(book).bytes))).toContain(book.sections[0]?.paragraphs[0]?.url);
  }, 60_000);
});
