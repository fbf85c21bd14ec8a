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
export interface PassageSource {
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
  sources: readonly PassageSource[],
  paragraphText: ReadonlyMap<number, string>,
  themeIds: ReadonlySet<string>,
) {
  const passages: ThemePassage[] = [];
  const problems: string[] = [];
  const known = [...themeIds].sort().join(', ');
  for (const { file, paragraphs, passages: tagged } of sources) {
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

/** The themes whose passages contain any of the given uses of a glossary entry. */
export function themesAt(
  passages: readonly ThemePassage[],
  uses: readonly { paragraph: number; start: number }[],
) {
  const found = passages.filter((p) =>
    uses.some((u) => u.paragraph === p.paragraph && u.start >= p.start && u.start < p.end),
  );
  return [...new Set(found.map((p) => p.themeId))];
}

/** What relatedness is computed from: a section's themes and the glossary entries it uses. */
export interface SectionProfile {
  slug: string;
  themes: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * The sections most related to one section, ranked by shared themes (each worth two) and shared glossary
 * entries (each worth one), ties in speech order; sections sharing nothing are left out.
 */
export function relatedSections(profiles: readonly SectionProfile[], slug: string, limit = 3) {
  const self = profiles.find((p) => p.slug === slug);
  if (!self) return [];
  // Array sort is stable, so sections with equal scores keep their speech order.
  return profiles
    .filter((other) => other.slug !== slug)
    .map((other) => {
      const sharedThemes = [...other.themes].filter((t) => self.themes.has(t));
      const sharedTerms = [...other.terms].filter((t) => self.terms.has(t));
      return {
        slug: other.slug,
        sharedThemes,
        sharedTerms,
        score: 2 * sharedThemes.length + sharedTerms.length,
      };
    })
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** One cell of the theme map: how much of a paragraph carries a theme (share of its characters, 0 to 1). */
export interface ThemeCell {
  paragraph: number;
  share: number;
}

/**
 * For each theme, the share of each paragraph its passages cover (overlapping passages counted once),
 * from which the theme map is drawn.
 */
export function themeMatrix(
  passages: readonly ThemePassage[],
  themeIds: readonly string[],
  paragraphLengths: ReadonlyMap<number, number>,
): { themeId: string; cells: ThemeCell[] }[] {
  // Passages by theme and paragraph, so each cell looks only at its own (linear in the speech's length).
  const byCell = new Map<string, ThemePassage[]>();
  for (const p of passages) {
    const key = `${p.themeId}\n${p.paragraph}`;
    const cell = byCell.get(key);
    if (cell) cell.push(p);
    else byCell.set(key, [p]);
  }
  return themeIds.map((themeId) => ({
    themeId,
    cells: [...paragraphLengths].map(([paragraph, length]) => {
      const covered = new Set<number>();
      for (const p of byCell.get(`${themeId}\n${paragraph}`) ?? []) {
        for (let i = p.start; i < p.end; i += 1) covered.add(i);
      }
      return { paragraph, share: length > 0 ? Math.round((covered.size / length) * 100) / 100 : 0 };
    }),
  }));
}

/** A column of the theme map: one paragraph, or in a long text a run of consecutive paragraphs. */
export interface MapColumn {
  from: number;
  to: number;
}

/** The map's columns: one per paragraph, or runs of equal length when there are more than `maxColumns`. */
export function mapColumns(paragraphs: readonly number[], maxColumns = Infinity): MapColumn[] {
  const size = Math.max(1, Math.ceil(paragraphs.length / maxColumns));
  const columns: MapColumn[] = [];
  for (let i = 0; i < paragraphs.length; i += size) {
    const run = paragraphs.slice(i, i + size);
    columns.push({ from: run[0] ?? 0, to: run.at(-1) ?? 0 });
  }
  return columns;
}

/**
 * One theme's cells gathered into the columns: the mean share of the column's paragraphs, and the first
 * paragraph that carries the theme (where the cell links), if any.
 */
export function columnCells(cells: readonly ThemeCell[], columns: readonly MapColumn[]) {
  // Cells and columns both run in paragraph order: one pass over the cells.
  let next = 0;
  return columns.map((column) => {
    const inside: ThemeCell[] = [];
    while (next < cells.length && (cells[next]?.paragraph ?? Infinity) <= column.to) {
      const cell = cells[next];
      if (cell && cell.paragraph >= column.from) inside.push(cell);
      next += 1;
    }
    const total = inside.reduce((sum, cell) => sum + cell.share, 0);
    return {
      column,
      share: inside.length > 0 ? Math.round((total / inside.length) * 100) / 100 : 0,
      target: inside.find((cell) => cell.share > 0)?.paragraph,
    };
  });
}
