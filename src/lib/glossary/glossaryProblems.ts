import type { GlossaryEntryData } from '../schemas';
import { segmentsText, type Segment } from '../speech/paragraphSegments';
import type { FoundUse } from './uses';

/**
 * The content rules the schema cannot see, as messages naming the file and field: phrases used once
 * (repeated ids are caught when the file is read), related entries and `<Term id>` targets that exist,
 * every entry used in the speech, every paragraph annotated. `file` names the glossary file in messages.
 */
export function glossaryProblems(
  entries: readonly GlossaryEntryData[],
  paragraphs: ReadonlyMap<number, readonly Segment[]>,
  uses: readonly FoundUse[],
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
  for (const use of uses.filter((o) => !ids.has(o.entryId))) {
    problems.push(
      `¶${use.paragraph}: <Term id="${use.entryId}"> links to an unknown glossary entry. Known entries: ${[...ids].sort().join(', ')}.`,
    );
  }
  const used = new Set(uses.map((o) => o.entryId));
  for (const entry of entries.filter((e) => !used.has(e.id))) {
    problems.push(`${file}: "${entry.id}" occurs nowhere in the speech; check its "term" and "aliases".`);
  }
  const annotated = new Set(uses.map((o) => o.paragraph));
  for (const [paragraph, segments] of paragraphs) {
    if (!annotated.has(paragraph) && segmentsText(segments).trim()) {
      problems.push(`¶${paragraph} carries no annotation; every paragraph needs at least one glossary term.`);
    }
  }
  return problems;
}
