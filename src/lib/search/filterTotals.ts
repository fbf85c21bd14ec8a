import type { Edition } from '../model/types';
import { contextRecords } from './contextRecords';
import { countFilterValues, entryFilters, sectionFilters, themeFilters } from './filters';

/**
 * The filters' counts over the whole index, shown on the search page before the reader searches: every
 * indexed page's values and the editors' context records', as Pagefind counts them.
 */
export const filterTotals = (edition: Edition) =>
  countFilterValues([
    ...edition.sections.map(sectionFilters),
    ...edition.glossary.map(entryFilters),
    ...edition.themes.map(themeFilters),
    ...contextRecords(edition).map((r) => ({ kind: r.meta.kind, themes: r.filters.theme })),
  ]);
