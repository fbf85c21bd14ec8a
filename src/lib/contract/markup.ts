/** The classes and data attributes that build-time markup writes and browser scripts read. */

/**
 * Data attributes the scripts read. Build-time markup spreads these objects onto its elements; scripts
 * read them back with the functions below, so the names live in this one place.
 */
export const attributes = {
  /** On a paragraph's ¶ link: the paragraph's permanent address (print shows it; copying and citing read it). */
  permalink: (url: string) => ({ 'data-permalink': url }),
  /** On a Cite button: the paragraph it cites, or the whole speech. */
  cite: (paragraph?: number) => ({ 'data-cite': paragraph === undefined ? '' : String(paragraph) }),
  /** On a paragraph's Copy link button, which copies the paragraph's permanent address. */
  copyLink: () => ({ 'data-copy-link': '' }),
  /**
   * A paragraph's other names for search (see `ALSO_KNOWN_AS`): indexed by Pagefind from the attribute,
   * never shown.
   */
  searchNames: (names: readonly string[]) => ({
    'data-search-terms': `${ALSO_KNOWN_AS} ${names.join('; ')}`,
    'data-pagefind-index-attrs': 'data-search-terms',
  }),
} as const;

/**
 * On the root element once copying leaves our notes out of a copy (scripts/reading/quoting.ts): only
 * then may a note inside the speech be selected on its own (prose.css).
 */
export const CLEAN_COPY = 'data-clean-copy';

/** Every element that is a paragraph of the speech carries this class. */
export const PARAGRAPH_CLASS = 'paragraph';

/** The permanent address of the paragraph an element sits in, from the paragraph's ¶ link. */
export function paragraphPermalinkOf(element: Element): string | undefined {
  const paragraph = element.closest(`.${PARAGRAPH_CLASS}`);
  return paragraph?.querySelector<HTMLElement>('[data-permalink]')?.dataset['permalink'];
}

/** The paragraph a Cite button cites, or undefined for the whole speech. */
export function citedParagraph(button: HTMLElement): number | undefined {
  const value = button.dataset['cite'];
  return value ? Number(value) : undefined;
}

/**
 * The word that opens a paragraph's hidden list of other names in the search index: words Pagefind
 * finds after it matched the paragraph through a term's other rendering or its Chinese, not through the
 * speaker's words.
 */
export const ALSO_KNOWN_AS = 'alsoknownas';
