/**
 * The custom elements: each client behaviour that belongs to an element of the page is one, named with
 * the project's prefix, `speech-` (README, "Client code"). Markup writes them by these names (a
 * component's root element: `const Element = NOTES_ELEMENT`, then `<Element>`) and scripts define and
 * find them by the same names. Plain constants, which the bundler writes in where they are used.
 */

/** The speech's text: notes that open in place on phones, footnotes in print (reading/speechNotes.ts). */
export const NOTES_ELEMENT = 'speech-notes';
/** A search field whose results drop below it (search/speechSearch.ts). */
export const SEARCH_ELEMENT = 'speech-search';
/** The search page's field, filters and results (search/searchPage.ts). */
export const SEARCH_PAGE_ELEMENT = 'speech-search-page';
/** The bar that steps through searched words on a page reached from search (search/searchHighlight.ts). */
export const SEARCH_HIGHLIGHT_ELEMENT = 'speech-search-highlight';
/** The citation dialog (citing/citeDialog.ts). */
export const CITE_ELEMENT = 'speech-cite';
/** The reading options: notes, Chinese originals, commentary (reading/readerOptions.ts). */
export const READER_OPTIONS_ELEMENT = 'speech-reader-options';
/** The colour-scheme toggle (reading/colorSchemeToggle.ts). */
export const COLOR_SCHEME_ELEMENT = 'speech-color-scheme';
/** About's control that saves the edition for reading offline (offline/offlineEdition.ts). */
export const OFFLINE_ELEMENT = 'speech-offline';
/** The reader's own notes, on /notes/ (notes/readerNotes.ts). */
export const READER_NOTES_ELEMENT = 'speech-reader-notes';
/** The offline page's list of the pages kept (offline/keptPages.ts). */
export const KEPT_PAGES_ELEMENT = 'speech-kept-pages';
