import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeWhitespace } from './text';

/** A PDF as a file poppler can read: the file itself, or its bytes written to a temporary one. */
export function pdfFile(pdf: string | Uint8Array): string {
  if (typeof pdf === 'string') return pdf;
  const file = join(mkdtempSync(join(tmpdir(), 'edition-pdf-')), 'edition.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** What poppler's pdftohtml reads from a PDF as XML: every run of text with its page, line and font. */
export function pdfXml(pdf: string | Uint8Array): string {
  return execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdfFile(pdf)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** The PDF's pages as pdftohtml's XML gives them, in order (each from its attributes on). */
export const pdfPages = (xml: string) => xml.split(/<page /u).slice(1);

/** The fonts pdftohtml lists, by id: each one's size (in its units, 1.5 to the point) and family. */
function fontSpecs(xml: string): Map<string, { size: number; family: string }> {
  const fonts = new Map<string, { size: number; family: string }>();
  for (const [, id = '', size = '', family = ''] of xml.matchAll(
    /<fontspec id="(\d+)" size="([\d.]+)" family="([^"]+)"/gu,
  ))
    fonts.set(id, { size: Number(size), family });
  return fonts;
}

const unescape = (text: string) =>
  text
    .replace(/<[^>]+>/gu, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/**
 * The text a PDF sets in one face, in the order it is drawn: runs on one line joined as they stand, a
 * space between lines. The edition's PDF sets the speaker's words, and only those, in Source Serif 4.
 */
export function textInFace(xml: string, face: string): string {
  const fonts = fontSpecs(xml);
  let text = '';
  let last: { page: number; top: number } | undefined;
  pdfPages(xml).forEach((page, number) => {
    for (const [, top = '', font = '', body = ''] of page.matchAll(
      /<text top="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/gu,
    )) {
      if (!fonts.get(font)?.family.includes(face)) continue;
      // A run within a few points of the last one's top is on its line: joined as it stands.
      const sameLine = last?.page === number && Math.abs(Number(top) - last.top) <= 3;
      text += (sameLine ? '' : ' ') + unescape(body);
      last = { page: number, top: Number(top) };
    }
  });
  return normalizeWhitespace(text);
}

/** The addresses a PDF's links lead to, as pdftohtml reads them. */
export const linkTargets = (xml: string) =>
  [...xml.matchAll(/<a href="([^"]+)"/gu)].map(([, href]) => unescape(href ?? ''));

/**
 * Page by page, whether a part begins on it: a first-level heading, set in the largest size the face
 * `headingFace` sets.
 */
export function partBeginnings(xml: string, { headingFace }: { headingFace: string }): boolean[] {
  const fonts = fontSpecs(xml);
  const headingSize = Math.max(
    ...[...fonts.values()].filter((f) => f.family.includes(headingFace)).map((f) => f.size),
  );
  const headings = new Set(
    [...fonts].filter(([, f]) => f.family.includes(headingFace) && f.size === headingSize).map(([id]) => id),
  );
  return pdfPages(xml).map((page) =>
    [...page.matchAll(/<text [^>]*font="(\d+)">/gu)].some(([, font]) => headings.has(font ?? '')),
  );
}

/** The page's text area, as book.typ sets it: the A4 page's height (cm) less its top and bottom margins. */
const TEXT_AREA_SHARE = (29.7 - 2.4 - 2.6) / 29.7;

interface Run {
  top: number;
  bottom: number;
  left: number;
  size: number;
  text: string;
  bold: boolean;
}

/** A footnote as it stands at a page's foot: its number, its text (lines joined), and its bold words. */
export interface Footnote {
  number: number;
  text: string;
  bold: string[];
}

/**
 * Page by page, the footnotes at its foot and the area they take, from the top of their first line to the
 * bottom of their last, in pdftohtml's units and as a share of the page's text area (the page less
 * book.typ's top and bottom margins); and the page's number as its footer prints it. The footnotes are the
 * lines set in the notes' size or smaller (their Chinese) below the last line set larger; the running
 * header and the footer stand in the margins, outside the text area, and are left out. A note begins on a
 * line whose first run is its number alone (the link or bold term after it is a run of its own).
 */
export function pageFeet(
  xml: string,
  { noteSize }: { noteSize: number },
): {
  folio: number | undefined;
  area: { top: number; bottom: number; share: number } | undefined;
  notes: Footnote[];
}[] {
  const fonts = fontSpecs(xml);
  return pdfPages(xml).map((page) => {
    const height = Number(/height="(\d+)"/u.exec(page)?.[1]);
    const textArea = height * TEXT_AREA_SHARE;
    const margin = (height - textArea) / 2;
    const all = [
      ...page.matchAll(/<text top="(\d+)" left="(\d+)"[^>]*height="(\d+)" font="(\d+)">(.*?)<\/text>/gu),
    ].map(([, top, left, tall, font, body = '']): Run => ({
      top: Number(top),
      bottom: Number(top) + Number(tall),
      left: Number(left),
      size: fonts.get(font ?? '')?.size ?? 0,
      text: unescape(body),
      bold: body.includes('<b>'),
    }));
    // The running header and the footer lie in the margins, well beyond the text area's edges.
    const inText = (run: Run) => run.top > margin * 0.8 && run.bottom < height - margin * 0.8;
    const folio = all.find((run) => run.top > height - margin && /^\d+$/u.test(run.text.trim()));
    const runs = all.filter(inText);
    const lastText = Math.max(...runs.filter((run) => run.size > noteSize).map((run) => run.top));
    const feet = runs.filter((run) => run.size <= noteSize && run.top > lastText);
    if (feet.length === 0) return { folio: folio && Number(folio.text), area: undefined, notes: [] };
    const top = Math.min(...feet.map((run) => run.top));
    const bottom = Math.max(...feet.map((run) => run.bottom));
    // Lines: runs whose tops lie within a few units (a Chinese run sits a unit or two lower), left to right.
    const lines: Run[][] = [];
    for (const run of [...feet].sort((a, b) => a.top - b.top || a.left - b.left)) {
      const line = lines.at(-1);
      if (line && Math.abs((line[0]?.top ?? 0) - run.top) <= 3) line.push(run);
      else lines.push([run]);
    }
    const notes: Footnote[] = [];
    for (const line of lines.map((l) => l.sort((a, b) => a.left - b.left))) {
      const [first, ...rest] = line;
      const text = rest.map((run) => run.text).join('');
      const bold = rest.filter((run) => run.bold).map((run) => run.text.trim());
      const note = notes.at(-1);
      if (first && /^\d+$/u.test(first.text) && rest.length > 0)
        notes.push({ number: Number(first.text), text, bold });
      else if (note) {
        note.text += ` ${line.map((run) => run.text).join('')}`;
        note.bold.push(...line.filter((run) => run.bold).map((run) => run.text.trim()));
      }
    }
    for (const note of notes) note.text = normalizeWhitespace(note.text);
    return {
      folio: folio && Number(folio.text),
      area: { top, bottom, share: (bottom - top) / textArea },
      notes,
    };
  });
}
