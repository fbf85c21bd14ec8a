import type { GlossaryEntry, Section, Theme } from '../model/types';

/**
 * The search filters: what kind of result a page is and which themes it carries. The same values are
 * written into each indexed page for Pagefind (components/FilterValues.astro) and counted for the
 * search page's checkboxes (filterTotals.ts, shown by components/SearchFilters.astro), so the totals a reader sees before
 * searching are Pagefind's own. The filter names, `kind` and `theme`, are also the search page's
 * address parameters (`/search/?kind=Speech&theme=Cybersecurity`). "Context" is the editors' introduction,
 * commentary and timeline, indexed as records of their own (contextRecords.ts).
 */
export const RESULT_KINDS = ['Speech', 'Glossary', 'Theme', 'Context'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const FILTER_NAMES = ['kind', 'theme'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** A page's values for the search filters. */
export interface FilterValues {
  kind: ResultKind;
  /** Theme names, as the theme filter shows them. */
  themes: readonly string[];
}

/** How many indexed pages carry each value of each filter, in Pagefind's shape (`{ kind: { Speech: 8 } }`). */
export function countFilterValues(
  pages: readonly FilterValues[],
): Record<FilterName, Record<string, number>> {
  const counts = { kind: {} as Record<string, number>, theme: {} as Record<string, number> };
  const add = (group: Record<string, number>, value: string) => (group[value] = (group[value] ?? 0) + 1);
  for (const page of pages) {
    add(counts.kind, page.kind);
    for (const theme of new Set(page.themes)) add(counts.theme, theme);
  }
  return counts;
}

/**
 * How many of the hits shown carry each filter value, for the search page's checkboxes. A group the
 * reader has ticked values in is counted from the hits without that group's own filter (`widened`), so
 * that each of its values says what ticking it would add; the other groups count the hits shown.
 */
export function countHits(
  hits: readonly { filters: Record<string, readonly string[]> }[],
  widened: Partial<Record<FilterName, readonly { filters: Record<string, readonly string[]> }[]>> = {},
): Record<FilterName, Record<string, number>> {
  const count = (name: FilterName) => {
    const group: Record<string, number> = {};
    for (const hit of widened[name] ?? hits)
      for (const value of new Set(hit.filters[name] ?? [])) group[value] = (group[value] ?? 0) + 1;
    return group;
  };
  return { kind: count('kind'), theme: count('theme') };
}

/** What search files each indexed page under: a section of the speech, a glossary entry, a theme. */
export const sectionFilters = (section: Section): FilterValues => ({
  kind: 'Speech',
  themes: section.themes.map((theme) => theme.name),
});
export const entryFilters = (entry: GlossaryEntry): FilterValues => ({
  kind: 'Glossary',
  themes: entry.themes.map((theme) => theme.name),
});
export const themeFilters = (theme: Theme): FilterValues => ({ kind: 'Theme', themes: [theme.name] });
