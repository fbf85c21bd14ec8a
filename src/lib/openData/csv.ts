import { permalink } from '../contract';
import type { Edition } from '../model/types';
import { passageContains } from '../themes/passages';

/**
 * The edition as spreadsheets: `/speech.csv`, one row per sentence, and `/glossary.csv`, one row per
 * entry. RFC 4180: a header row, every field quoted (so commas, quotation marks and line breaks inside
 * a field are safe), quotation marks doubled, CRLF between records; UTF-8.
 */

/** One field, quoted as RFC 4180 allows for any field. */
const field = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;

/** Rows (the first is the header) as an RFC 4180 document, ending with a line break. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Several values in one field. */
const many = (values: readonly string[]) => values.join('; ');

export const SPEECH_CSV_HEADER = [
  'section',
  'paragraph',
  'sentence_id',
  'url',
  'text',
  'themes',
  'glossary_ids',
] as const;

/**
 * Every sentence of the speech, in order: its section (slug), paragraph number, id, canonical address
 * (on its section page), the speaker's words verbatim, and the ids of the themes whose passages hold it
 * and of the glossary entries it uses.
 */
export function speechCsv(edition: Edition, site: URL | undefined): string {
  const rows = edition.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => {
      const inSentence = (start: number) => start >= sentence.start && start < sentence.end;
      const themes = edition.themes.filter((theme) =>
        theme.passages.some((passage) =>
          passageContains(
            { ...passage, paragraph: passage.paragraph.number },
            paragraph.number,
            sentence.start,
          ),
        ),
      );
      const entries = [
        ...new Set(paragraph.uses.filter((use) => inSentence(use.start)).map((use) => use.entry.id)),
      ];
      return [
        paragraph.section.slug,
        paragraph.number,
        sentence.id,
        permalink(`${paragraph.section.href}#${sentence.id}`, site),
        sentence.text,
        many(themes.map((theme) => theme.id)),
        many(entries),
      ];
    }),
  );
  return toCsv([[...SPEECH_CSV_HEADER], ...rows]);
}

export const GLOSSARY_CSV_HEADER = [
  'id',
  'term',
  'chinese',
  'pinyin',
  'kind',
  'definition',
  'url',
  'sources',
] as const;

/** Every glossary entry: its term, Chinese and pinyin where sourced, kind, definition and sources. */
export function glossaryCsv(edition: Edition, site: URL | undefined): string {
  const rows = edition.glossary.map((entry) => [
    entry.id,
    entry.term,
    entry.chinese ?? '',
    entry.pinyin ?? '',
    entry.kind,
    entry.definition,
    permalink(entry.href, site),
    entry.sources
      .map((source) => [source.title, source.publisher, source.date, source.url].filter(Boolean).join(', '))
      .join(' | '),
  ]);
  return toCsv([[...GLOSSARY_CSV_HEADER], ...rows]);
}

/** The media type of both files, as RFC 4180 registers it, with their character set. */
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
