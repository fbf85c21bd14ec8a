import { normalizeWhitespace } from './text.ts';

/** The official English text, split into its parts. Every string is whitespace-normalised. */
export interface ReferenceText {
  /** The page heading of the source. */
  heading: string;
  /** "Xi Jinping: The Governance of China III Updated: ..." */
  byline: string;
  /** The title as printed above the speech, with its footnote asterisk removed. */
  title: string;
  /** "April 20, 2018" */
  dateLine: string;
  /** The body paragraphs, paragraph N at index N - 1. */
  paragraphs: string[];
  /** The occasion footnote without its leading asterisk. */
  occasion: string;
  rightsNotice: string;
  copyright: string;
}

const DATE_LINE = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/u;

/**
 * Splits the official text (blank-line separated blocks: heading, byline, title*, date, body
 * paragraphs, "* " footnote, rights notice, copyright line) into its parts.
 * Throws when the layout is not the one described, so a damaged copy cannot pass unnoticed.
 */
export function parseReferenceText(raw: string): ReferenceText {
  const blocks = raw
    .split(/\n[ \t\u00a0]*\n/u)
    .map(normalizeWhitespace)
    .filter((block) => block !== '');
  const dateIndex = blocks.findIndex((block) => DATE_LINE.test(block));
  const footnoteIndex = blocks.findIndex((block) => block.startsWith('* '));
  const [heading, byline, starredTitle] = blocks;
  const [rightsNotice, copyright] = blocks.slice(footnoteIndex + 1);
  if (dateIndex !== 3 || footnoteIndex <= dateIndex || !heading || !byline || !starredTitle) {
    throw new Error(
      'Reference text: expected heading, byline, title, date, paragraphs, then a "* " footnote.',
    );
  }
  if (!rightsNotice || !copyright || blocks.length !== footnoteIndex + 3) {
    throw new Error('Reference text: expected a rights notice and a copyright line after the footnote.');
  }
  return {
    heading,
    byline,
    title: starredTitle.replace(/\*$/u, ''),
    dateLine: blocks[dateIndex] ?? '',
    paragraphs: blocks.slice(dateIndex + 1, footnoteIndex),
    occasion: (blocks[footnoteIndex] ?? '').slice(2),
    rightsNotice,
    copyright,
  };
}
