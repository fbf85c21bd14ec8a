import type { EditionVersion } from '../model/types';
import type { SpeechData } from '../schemas';
import { isoDate, longDate } from '../text/dates';

/**
 * What a citation needs of the speech, as plain values: the pages carry exactly this to the cite panel
 * (CiteDialog.astro), which formats it in the browser.
 */
export interface CitedSpeech {
  speaker: string;
  title: string;
  /** The day of the speech, as the edition writes dates: "20 April 2018". */
  day: string;
  /** ISO date of the speech. */
  date: string;
  book: { title: string; publisher: string; year: number };
  /** The version of this edition cited: "Annotated edition, version 0.3.0, 2 December 2026". */
  edition: string;
}

export const citedSpeech = (speech: SpeechData, version: EditionVersion): CitedSpeech => ({
  speaker: speech.speaker,
  title: speech.title,
  day: longDate(speech.date),
  date: isoDate(speech.date),
  book: {
    title: speech.book.title,
    publisher: speech.book.publisher,
    year: speech.book.published.getUTCFullYear(),
  },
  edition: version.citedAs,
});

/** A person's name as reference formats want it: Xi Jinping is written surname first. */
export function personName(name: string): { surname: string; given: string } {
  const [surname = name, ...given] = name.split(' ');
  return { surname, given: given.join(' ') };
}

/** The citation styles the Cite panel offers. */
export const CITATION_STYLES = ['chicago', 'mla', 'apa', 'bibtex', 'ris'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The styles written out as text (RIS is a file for reference managers). */
export const TEXT_CITATION_STYLES = CITATION_STYLES.filter((style) => style !== 'ris');

/** Where the cite dialog remembers the style the reader last copied, which quotes are then cited in. */
export const CITATION_STYLE_KEY = 'citation-style';

/**
 * The styles that read as a sentence, for people rather than reference software: a quote's citation
 * follows one, and the downloads print the speech cited in each.
 */
export const PROSE_CITATION_STYLES = ['chicago', 'mla', 'apa'] as const satisfies readonly CitationStyle[];

/** The style to cite a quote in: the reader's last copied, if it is Chicago, MLA or APA; else Chicago. */
export function quoteCitationStyle(stored: string | null): CitationStyle {
  return PROSE_CITATION_STYLES.find((style) => style === stored) ?? 'chicago';
}

export const CITATION_STYLE_NAMES: Record<CitationStyle, string> = {
  chicago: 'Chicago',
  mla: 'MLA',
  apa: 'APA',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/** What is cited: the speech, one paragraph of it or a run of paragraphs (a section), at an address in this edition. */
export interface CitationTarget {
  url: string;
  paragraph?: number | undefined;
  /** The last paragraph of a run that starts at `paragraph` (a section of several). */
  through?: number | undefined;
}

/** The paragraphs cited, as each style words them: "4" or "1–2", and whether they are several. */
function citedParagraphs(
  target: CitationTarget,
): { range: string; key: string; several: boolean } | undefined {
  const { paragraph, through } = target;
  if (!paragraph) return undefined;
  const several = through !== undefined && through > paragraph;
  return {
    range: several ? `${paragraph}–${through}` : String(paragraph),
    key: several ? `p${paragraph}-${through}` : `p${paragraph}`,
    several,
  };
}

/**
 * A citation's text in runs, the titles that its style sets in italics marked (the book's, in Chicago,
 * MLA and APA): for showing it formatted, while the copy stays the plain text.
 */
export function citationRuns(
  style: CitationStyle,
  speech: CitedSpeech,
  text: string,
): { text: string; italic: boolean }[] {
  if (!PROSE_CITATION_STYLES.some((prose) => prose === style)) return [{ text, italic: false }];
  return text
    .split(speech.book.title)
    .flatMap((part, index) => [
      ...(index > 0 ? [{ text: speech.book.title, italic: true }] : []),
      ...(part ? [{ text: part, italic: false }] : []),
    ]);
}

/** APA wants the surname and an initial. */
function apaAuthor(speaker: string): string {
  const { surname, given } = personName(speaker);
  return given ? `${surname}, ${given.charAt(0)}.` : surname;
}

/** Sentence case for APA titles, keeping capitals inside a colon-separated book title's proper names. */
function sentenceCase(title: string): string {
  return title.charAt(0) + title.slice(1).toLowerCase();
}

/**
 * The speech (or one paragraph) in a citation style, as plain text. Chicago (bibliography), MLA 9 and
 * APA 7 name the book it was published in; BibTeX and RIS are for reference managers.
 */
export function formatCitation(style: CitationStyle, speech: CitedSpeech, target: CitationTarget): string {
  const { year } = speech.book;
  const { surname, given } = personName(speech.speaker);
  const p = citedParagraphs(target);
  const s = p?.several ? 's' : '';
  switch (style) {
    case 'chicago':
      return (
        `${speech.speaker}. “${speech.title}.” Speech, ${speech.day}. In ${speech.book.title}. ` +
        `${speech.book.publisher}, ${year}.${p ? ` Paragraph${s} ${p.range}.` : ''} ${speech.edition}. ${target.url}.`
      );
    case 'mla':
      return (
        `${speech.speaker}. “${speech.title}.” ${speech.book.title}, ${speech.book.publisher}, ${year}` +
        `${p ? `, par${s}. ${p.range}` : ''}. ${speech.edition}, ${target.url}.`
      );
    case 'apa':
      return (
        `${apaAuthor(speech.speaker)} (${year}). ${sentenceCase(speech.title)} [Speech, ${speech.day}]. ` +
        `In ${speech.book.title}${p ? ` (para${s}. ${p.range})` : ''}. ${speech.book.publisher}. ${speech.edition}. ${target.url}`
      );
    case 'bibtex':
      return [
        `@incollection{${surname.toLowerCase()}${speech.date.slice(0, 4)}${p?.key ?? ''},`,
        `  author = {${surname}, ${given}},`,
        `  title = {${speech.title}},`,
        `  booktitle = {${speech.book.title}},`,
        `  publisher = {${speech.book.publisher}},`,
        `  year = {${year}},`,
        `  note = {Speech of ${speech.day}${p ? `, paragraph${s} ${p.range}` : ''}. ${speech.edition}},`,
        `  url = {${target.url}}`,
        '}',
      ].join('\n');
    case 'ris':
      return [
        'TY  - CHAP',
        `AU  - ${surname}, ${given}`,
        `TI  - ${speech.title}`,
        `T2  - ${speech.book.title}`,
        `PB  - ${speech.book.publisher}`,
        `PY  - ${year}`,
        `ET  - ${speech.edition}`,
        `DA  - ${speech.date.replaceAll('-', '/')}`,
        ...(p ? [`N1  - Paragraph${s} ${p.range}`] : []),
        `UR  - ${target.url}`,
        'ER  - ',
        '',
      ].join('\r\n');
  }
}
