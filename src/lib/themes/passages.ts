import type { ThemeData } from '../schemas';
import { sentenceSpans } from '../speech/sentences';

/** A passage of the speech tagged with one theme: a paragraph or a run of its sentences. */
export interface ThemePassage {
  themeId: string;
  paragraph: number;
  /** First and last sentence (1-based) when the passage is part of a paragraph. */
  sentences: [number, number] | undefined;
  /** Character offsets of the passage in its paragraph, and its words. */
  start: number;
  end: number;
  text: string;
}

/** Where a section's frontmatter tags passages, for building them and naming the file in messages. */
export interface TaggedSection {
  file: string;
  paragraphs: readonly number[];
  passages: readonly { at: string; themes: readonly string[] }[];
}

/** Reads "4", "4.2" or "4.2-5" as a paragraph and an optional run of sentences. */
export function parsePassageRef(at: string): { paragraph: number; sentences: [number, number] | undefined } {
  const [paragraph = '', run] = at.split('.');
  if (run === undefined) return { paragraph: Number(paragraph), sentences: undefined };
  const [from = '', to = from] = run.split('-');
  return { paragraph: Number(paragraph), sentences: [Number(from), Number(to)] };
}

/**
 * Builds the themed passages of every section, in speech order, with the problems found: a paragraph
 * outside its section, a sentence the paragraph does not have, or an unknown theme.
 */
export function buildPassages(
  sections: readonly TaggedSection[],
  paragraphText: ReadonlyMap<number, string>,
  themeIds: ReadonlySet<string>,
) {
  const passages: ThemePassage[] = [];
  const problems: string[] = [];
  const known = [...themeIds].sort().join(', ');
  for (const { file, paragraphs, passages: tagged } of sections) {
    for (const { at, themes } of tagged) {
      const { paragraph, sentences } = parsePassageRef(at);
      const text = paragraphText.get(paragraph);
      if (!paragraphs.includes(paragraph) || text === undefined) {
        problems.push(
          `${file}: passage "${at}" is not in this section, which holds ¶${paragraphs.join(', ¶')} (field "passages").`,
        );
        continue;
      }
      const spans = sentenceSpans(text);
      const first = sentences ? spans[sentences[0] - 1] : spans[0];
      const last = sentences ? spans[sentences[1] - 1] : spans.at(-1);
      if (!first || !last || first.start > last.start) {
        problems.push(
          `${file}: passage "${at}" names sentences ¶${paragraph} does not have; it has ${spans.length} (field "passages").`,
        );
        continue;
      }
      for (const themeId of themes) {
        if (!themeIds.has(themeId)) {
          problems.push(
            `${file}: unknown theme "${themeId}" in passage "${at}" (field "passages"). Known themes: ${known}.`,
          );
          continue;
        }
        passages.push({
          themeId,
          paragraph,
          sentences,
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
        });
      }
    }
  }
  passages.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { passages, problems };
}

/** Rules across themes and passages: every paragraph has a theme, every theme two paragraphs, related themes exist. */
export function themeProblems(
  themes: readonly ThemeData[],
  passages: readonly ThemePassage[],
  paragraphCount: number,
  file: string,
) {
  const problems: string[] = [];
  const ids = new Set(themes.map((theme) => theme.id));
  for (let paragraph = 1; paragraph <= paragraphCount; paragraph += 1) {
    if (!passages.some((p) => p.paragraph === paragraph))
      problems.push(`¶${paragraph} has no theme; tag it in its section's "passages".`);
  }
  for (const theme of themes) {
    const paragraphs = new Set(passages.filter((p) => p.themeId === theme.id).map((p) => p.paragraph));
    if (paragraphs.size < 2) {
      problems.push(
        `${file}: theme "${theme.id}" gathers ${paragraphs.size} paragraph(s); a theme needs at least two.`,
      );
    }
    for (const related of theme.related.filter((id) => !ids.has(id))) {
      problems.push(
        `${file}: theme "${theme.id}" lists an unknown related theme "${related}" (field "related").`,
      );
    }
  }
  return problems;
}

/** The distinct themes of a set of paragraphs, most passages first, then by theme order. */
export function themesOf(
  passages: readonly ThemePassage[],
  paragraphs: readonly number[],
  order: readonly string[],
) {
  const counts = new Map<string, number>();
  for (const p of passages.filter((p) => paragraphs.includes(p.paragraph)))
    counts.set(p.themeId, (counts.get(p.themeId) ?? 0) + 1);
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b),
  );
}

/** Whether a passage contains a place: a use of a term belongs to a passage when it starts inside it. */
export const passageContains = (
  passage: Pick<ThemePassage, 'paragraph' | 'start' | 'end'>,
  paragraph: number,
  start: number,
) => paragraph === passage.paragraph && start >= passage.start && start < passage.end;

/** Where a passage is, as the theme pages label it: "¶4", "¶4, sentence 2", "¶4, sentences 2–5". */
export function passageLabel(passage: Pick<ThemePassage, 'paragraph' | 'sentences'>): string {
  const { paragraph, sentences } = passage;
  if (sentences === undefined) return `¶${paragraph}`;
  return sentences[0] === sentences[1]
    ? `¶${paragraph}, sentence ${sentences[0]}`
    : `¶${paragraph}, sentences ${sentences[0]}–${sentences[1]}`;
}
