import { parseSentenceId } from '../contract';
import type { TextQuote } from './anchor';

/**
 * A reader's own note on words of the speech, kept in their browser only (scripts/notes/noteStore.ts):
 * what they wrote, and the words it is on, within one paragraph.
 */
export interface ReaderNote {
  /** `urn:uuid:…`, which the Web Annotation export keeps as the annotation's id. */
  id: string;
  /** What the reader wrote. */
  text: string;
  /** The words, as a TextQuoteSelector of the paragraph's words. */
  quote: TextQuote;
  /** The sentence the words start in (`p4-3`), on the paragraph's section page. */
  sentence: string;
  /** The path of that section page, where the paragraph lives for good: `/speech/cybersecurity/`. */
  page: string;
  /** ISO dates and times. */
  created: string;
  modified: string;
}

/** Paragraph and sentence of a note, for its place in the speech (0 when the id is not a sentence's). */
export function notePlace(note: Pick<ReaderNote, 'sentence'>): { paragraph: number; sentence: number } {
  return parseSentenceId(note.sentence) ?? { paragraph: 0, sentence: 0 };
}

/** Notes in the order of the speech: by paragraph, then sentence, then the order they were written in. */
export function inSpeechOrder<T extends Pick<ReaderNote, 'sentence' | 'created'>>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => {
    const [x, y] = [notePlace(a), notePlace(b)];
    return x.paragraph - y.paragraph || x.sentence - y.sentence || a.created.localeCompare(b.created);
  });
}

/** Whether a stored value is a list of notes this code can read (anything else is left alone). */
export function isNoteList(value: unknown): value is ReaderNote[] {
  return (
    Array.isArray(value) &&
    value.every(
      (note: unknown) =>
        typeof note === 'object' &&
        note !== null &&
        ['id', 'text', 'sentence', 'page', 'created', 'modified'].every(
          (key) => typeof (note as Record<string, unknown>)[key] === 'string',
        ) &&
        typeof (note as { quote?: { exact?: unknown } }).quote?.exact === 'string',
    )
  );
}
