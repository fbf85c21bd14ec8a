import type { SpeechData } from './schemas';

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "December 30, 2021" from a date that was written as a plain day. */
export function formatLongDate(date: Date): string {
  return LONG_DATE.format(date);
}

/**
 * The edition's recommended citation (Chicago notes style) of the speech or of one paragraph.
 * `url` is where the reader found it in this edition.
 */
export function recommendedCitation(speech: SpeechData, url: string, paragraph?: number): string {
  const where = paragraph === undefined ? '' : `, ¶${paragraph}`;
  return (
    `${speech.speaker}, “${speech.title},” ${speech.dateLine}${where}, in ${speech.book.title} ` +
    `(${speech.book.publisher}, ${speech.book.published.getUTCFullYear()}), ` +
    `official English text as published by ${speech.source.name}, updated ${formatLongDate(speech.source.updated)}, ` +
    `${url}.`
  );
}
