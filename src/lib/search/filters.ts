/**
 * What the search index files each page under: its kind and its themes. The same values are written
 * into the page for Pagefind (SearchFacets.astro) and counted for the search page's filters
 * (SearchFilters.astro), so the counts a reader sees before searching are Pagefind's own.
 */
export const SEARCH_KINDS = ['Speech', 'Glossary', 'Theme'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchFacet {
  kind: SearchKind;
  /** Theme names, as the theme filter shows them. */
  themes: readonly string[];
}

/** How many indexed pages carry each value of each filter, in Pagefind's shape (`{ kind: { Speech: 8 } }`). */
export function countFacets(
  facets: readonly SearchFacet[],
): Record<'kind' | 'theme', Record<string, number>> {
  const counts = { kind: {} as Record<string, number>, theme: {} as Record<string, number> };
  const add = (group: Record<string, number>, value: string) => (group[value] = (group[value] ?? 0) + 1);
  for (const facet of facets) {
    add(counts.kind, facet.kind);
    for (const theme of new Set(facet.themes)) add(counts.theme, theme);
  }
  return counts;
}
