/**
 * The names that the search markup (the search page, the header field's results) and the search code
 * share. Only the search code reads them, and it loads when the reader first searches: so they live
 * apart from markup.ts, out of the first script.
 */

/** The list of results, the panel that holds it and the summary above it, seen or only heard. */
export const SEARCH_RESULTS = 'data-search-results';
export const SEARCH_PANEL = 'data-search-panel';
export const SEARCH_SUMMARY = 'data-search-summary';
export const SEARCH_STATUS = 'data-search-status';
export const SEARCH_RESULTS_CLASS = 'search-results';
export const SEARCH_PANEL_CLASS = 'search-panel';

/** The search page's filters: their disclosure, how many are ticked, and each value's count. */
export const SEARCH_FILTERS_CLASS = 'search-filters';
export const ACTIVE_FILTERS = 'data-active-filters';
/** On a filter value's count: the id of its checkbox, and the whole index's count (shown before searching). */
export const FILTER_COUNT_FOR = 'data-count-for';
export const FILTER_TOTAL = 'data-total';

/**
 * A result (a link): its heading (title, then where it is), its excerpt, whose face follows its kind (the
 * speaker's words or the editors'), and the header's link to all the results on the search page.
 */
export const SEARCH_HIT = {
  hit: 'search-hit',
  heading: 'search-hit-heading',
  title: 'search-hit-title',
  place: 'search-hit-place',
  excerpt: 'search-hit-excerpt',
  speakers: 'search-hit-speakers',
  editors: 'search-hit-editors',
} as const;
export const SEARCH_ALL = 'search-all';
