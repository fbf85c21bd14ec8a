import type { Segment } from '../speech/paragraphSegments';
import type { TermMatcher } from './termMatcher';

/** One place where the speech uses a glossary entry. */
export interface Occurrence {
  entryId: string;
  paragraph: number;
  /** Character offsets in the paragraph's plain text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Every use of a glossary entry in the speech, in speech order: the terms and aliases the matcher finds,
 * plus the passages authors tied to an entry with `<Term id>` (where the matcher does not look).
 */
export function findOccurrences(paragraphs: ReadonlyMap<number, readonly Segment[]>, match: TermMatcher) {
  const occurrences: Occurrence[] = [];
  for (const [paragraph, segments] of [...paragraphs].sort(([a], [b]) => a - b)) {
    let offset = 0;
    for (const segment of segments) {
      const found = segment.entryId
        ? [{ entryId: segment.entryId, start: 0, end: segment.text.length, text: segment.text }]
        : match(segment.text);
      for (const m of found) {
        occurrences.push({ ...m, paragraph, start: m.start + offset, end: m.end + offset });
      }
      offset += segment.text.length;
    }
  }
  return occurrences;
}

/** A keyword-in-context line: up to `width` characters either side of an occurrence, cut at word breaks. */
export function keywordInContext(
  paragraphText: string,
  occurrence: Pick<Occurrence, 'start' | 'end' | 'text'>,
  width = 60,
) {
  const before = paragraphText.slice(Math.max(0, occurrence.start - width), occurrence.start);
  const after = paragraphText.slice(occurrence.end, occurrence.end + width);
  const cutBefore = occurrence.start > width ? before.replace(/^\S*\s/u, '') : before;
  const cutAfter = occurrence.end + width < paragraphText.length ? after.replace(/\s\S*$/u, '') : after;
  return {
    before: `${occurrence.start > width ? '…' : ''}${cutBefore}`,
    match: occurrence.text,
    after: `${cutAfter}${occurrence.end + width < paragraphText.length ? '…' : ''}`,
  };
}

/** An occurrence, numbered when it carries the paragraph's note for its entry (the entry's first use there). */
export interface NotedOccurrence extends Occurrence {
  /** 1-based number of the note within its paragraph; undefined for later uses of the same entry. */
  note: number | undefined;
}

/** Gives the first use of each entry in each paragraph a note number; later uses are plain links. */
export function numberNotes(occurrences: readonly Occurrence[]): NotedOccurrence[] {
  const seen = new Set<string>();
  const counts = new Map<number, number>();
  return occurrences.map((occurrence) => {
    const key = `${occurrence.paragraph}:${occurrence.entryId}`;
    if (seen.has(key)) return { ...occurrence, note: undefined };
    seen.add(key);
    const note = (counts.get(occurrence.paragraph) ?? 0) + 1;
    counts.set(occurrence.paragraph, note);
    return { ...occurrence, note };
  });
}
