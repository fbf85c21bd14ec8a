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
  const fonts = new Map<string, string>();
  for (const [, id = '', family = ''] of xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/gu))
    fonts.set(id, family);
  let text = '';
  let last: { page: number; top: number } | undefined;
  xml
    .split(/<page /u)
    .slice(1)
    .forEach((page, number) => {
      for (const [, top = '', font = '', body = ''] of page.matchAll(
        /<text top="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/gu,
      )) {
        if (!fonts.get(font)?.includes(face)) continue;
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
 * Page by page, whether a part begins on it (a first-level heading: the largest size the face `headingFace`
 * sets) and the numbers of the footnotes at its foot, in order: a footnote's number is a run of digits alone,
 * in the notes' size, standing at the start of a line indented from the text's left edge, as Typst sets it.
 */
export function footnotesByPage(
  xml: string,
  { headingFace, noteSize }: { headingFace: string; noteSize: number },
): { partBegins: boolean; notes: number[] }[] {
  const fonts = new Map<string, { size: number; family: string }>();
  for (const [, id = '', size = '', family = ''] of xml.matchAll(
    /<fontspec id="(\d+)" size="([\d.]+)" family="([^"]+)"/gu,
  ))
    fonts.set(id, { size: Number(size), family });
  const headingSize = Math.max(
    ...[...fonts.values()].filter((f) => f.family.includes(headingFace)).map((f) => f.size),
  );
  return xml
    .split(/<page /u)
    .slice(1)
    .map((page) => {
      const runs = [...page.matchAll(/<text top="(\d+)" left="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/gu)].map(
        ([, top, left, font, body]) => ({
          top: Number(top),
          left: Number(left),
          font: fonts.get(font ?? ''),
          text: unescape(body ?? ''),
        }),
      );
      // The text's left edge: where most lines start.
      const starts = new Map<number, number>();
      for (const run of runs) starts.set(run.left, (starts.get(run.left) ?? 0) + 1);
      const edge = [...starts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const lineStarts = runs.filter(
        (run) => !runs.some((other) => other.top === run.top && other.left < run.left),
      );
      return {
        partBegins: runs.some(
          (run) => run.font?.family.includes(headingFace) && run.font.size === headingSize,
        ),
        notes: lineStarts
          .filter(
            (run) =>
              run.font?.size === noteSize &&
              /^\d+$/u.test(run.text) &&
              run.left > edge &&
              run.left < edge + 30,
          )
          .map((run) => Number(run.text)),
      };
    });
}
