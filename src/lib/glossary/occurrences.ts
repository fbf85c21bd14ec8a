import type { GlossaryEntryData } from '../schemas';
import { segmentsText, type Segment } from '../speech/paragraphSegments';
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
      const found = segment.termId
        ? [{ entryId: segment.termId, start: 0, end: segment.text.length, text: segment.text }]
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

/**
 * The content rules the schema cannot see, as messages naming the file and field: phrases used once
 * (repeated ids are caught when the file is read), related entries and `<Term id>` targets that exist, every entry used in the speech, every
 * paragraph annotated. `file` names the glossary file in messages.
 */
export function glossaryProblems(
  entries: readonly GlossaryEntryData[],
  paragraphs: ReadonlyMap<number, readonly Segment[]>,
  occurrences: readonly Occurrence[],
  file: string,
): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const phraseOwner = new Map<string, string>();
  for (const entry of entries) {
    const phrases = [entry.term, ...entry.aliases, ...entry.renderings.map((r) => r.text)];
    for (const phrase of new Set(phrases.map((p) => p.toLowerCase()))) {
      const owner = phraseOwner.get(phrase);
      if (owner && owner !== entry.id) {
        problems.push(
          `${file}: "${entry.id}" and "${owner}" share the phrase "${phrase}" (fields "term", "aliases", "renderings").`,
        );
      }
      phraseOwner.set(phrase, entry.id);
    }
  }
  for (const entry of entries) {
    for (const related of entry.related.filter((id) => !ids.has(id))) {
      problems.push(`${file}: "${entry.id}" lists an unknown related entry "${related}" (field "related").`);
    }
  }
  for (const occurrence of occurrences.filter((o) => !ids.has(o.entryId))) {
    problems.push(
      `¶${occurrence.paragraph}: <Term id="${occurrence.entryId}"> links to an unknown glossary entry. Known entries: ${[...ids].sort().join(', ')}.`,
    );
  }
  const used = new Set(occurrences.map((o) => o.entryId));
  for (const entry of entries.filter((e) => !used.has(e.id))) {
    problems.push(`${file}: "${entry.id}" occurs nowhere in the speech; check its "term" and "aliases".`);
  }
  const annotated = new Set(occurrences.map((o) => o.paragraph));
  for (const [paragraph, segments] of paragraphs) {
    if (!annotated.has(paragraph) && segmentsText(segments).trim()) {
      problems.push(`¶${paragraph} carries no annotation; every paragraph needs at least one glossary term.`);
    }
  }
  return problems;
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
