import type { Segment } from '../speech/paragraphSegments';
import type { TermMatcher } from './termMatcher';

/** A use of a glossary entry in the speech, as the matcher finds it: by entry id and paragraph number. */
export interface FoundUse {
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
export function findUses(paragraphs: ReadonlyMap<number, readonly Segment[]>, match: TermMatcher) {
  const uses: FoundUse[] = [];
  for (const [paragraph, segments] of [...paragraphs].sort(([a], [b]) => a - b)) {
    let offset = 0;
    for (const segment of segments) {
      const found = segment.entryId
        ? [{ entryId: segment.entryId, start: 0, end: segment.text.length, text: segment.text }]
        : match(segment.text);
      for (const m of found) {
        uses.push({ ...m, paragraph, start: m.start + offset, end: m.end + offset });
      }
      offset += segment.text.length;
    }
  }
  return uses;
}

/** A use, numbered when it carries the paragraph's note for its entry (the entry's first use there). */
export interface NotedUse extends FoundUse {
  /** 1-based number of the note within its paragraph; undefined for later uses of the same entry. */
  note: number | undefined;
}

/** Gives the first use of each entry in each paragraph a note number; later uses are plain links. */
export function numberNotes(uses: readonly FoundUse[]): NotedUse[] {
  const seen = new Set<string>();
  const counts = new Map<number, number>();
  return uses.map((use) => {
    const key = `${use.paragraph}:${use.entryId}`;
    if (seen.has(key)) return { ...use, note: undefined };
    seen.add(key);
    const note = (counts.get(use.paragraph) ?? 0) + 1;
    counts.set(use.paragraph, note);
    return { ...use, note };
  });
}

/**
 * The uses of one paragraph as a page that shows `shown` (its paragraphs, in order) notes them: each entry
 * once per page, at its first noted use there, so that a page of several paragraphs never repeats a note;
 * the entry's uses in later paragraphs stay links to it. A note keeps its number within its paragraph, the
 * anchor (`p4-n2`) that is the same on every page showing it.
 */
export function notedOnPage<U extends { entry: { id: string }; note: number | undefined }>(
  paragraph: { number: number; uses: readonly U[] },
  shown: readonly { number: number; uses: readonly U[] }[],
): U[] {
  const notedBefore = new Set(
    shown
      .filter((other) => other.number < paragraph.number)
      .flatMap((other) => other.uses.filter((use) => use.note !== undefined).map((use) => use.entry.id)),
  );
  return paragraph.uses.map((use) =>
    use.note !== undefined && notedBefore.has(use.entry.id) ? { ...use, note: undefined } : use,
  );
}
