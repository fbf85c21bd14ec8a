/**
 * The classes and data attributes that build-time markup writes and the first script (and the code it
 * loads) reads: each name is written here once. Markup spreads `attributes` onto its elements or uses the
 * class names; scripts select with the names (`[${CITE}]`, `.${NOTE_CLASS}`) and read them back with the
 * functions below. Pagefind's own attributes (`data-pagefind-*`) are its names, not ours.
 */

/** On every element of our own material inside and around the speech (notes, ¶ marks, headings, commentary). */
export const EDITORIAL = 'data-editorial';
/** On a paragraph's ¶ link: the paragraph's permanent address (print shows it; copying and citing read it). */
export const PERMALINK = 'data-permalink';
/** On a Cite button: the paragraph it cites, or empty for the whole speech. */
export const CITE = 'data-cite';
/** On a paragraph's Copy link button, which copies the paragraph's permanent address. */
export const COPY_LINK = 'data-copy-link';
/** On the status line that says what a Copy link button or a sentence's "#" link copied. */
export const COPY_STATUS = 'data-copy-status';
/** On the header's search form, whose field "/" and Ctrl+K or Cmd+K focus. */
export const SEARCH_SHORTCUTS = 'data-shortcuts';
/** On <html>: the colour scheme the reader chose, stored under COLOR_SCHEME_KEY (lib/security/prePaint.ts). */
export const COLOR_SCHEME = 'data-color-scheme';
export const COLOR_SCHEME_KEY = 'color-scheme';
/**
 * On <html> once copying leaves our notes out of a copy (scripts/reading/quoting.ts): only then may a note
 * inside the speech be selected on its own (prose.css).
 */
export const CLEAN_COPY = 'data-clean-copy';

/**
 * "Continue reading" (on the home page and /speech/): the link's container carries CONTINUE; the pre-paint
 * snippet sets CONTINUE_READING on <html> when the browser remembers a paragraph read (LAST_READ_KEY,
 * lib/readerNotes/keys.ts), and only then is the link shown (global.css), from the first paint.
 */
export const CONTINUE = 'data-continue';
export const CONTINUE_READING = 'data-continue-reading';

/**
 * On each `<mark>` that holds words of the speech a reader wrote a note on (scripts/notes/noteMarks.ts):
 * the note's id. The marks hold the speaker's words, so they are not `data-editorial`.
 */
export const READER_NOTE = 'data-reader-note';

/** Every element that is a paragraph of the speech carries this class. */
export const PARAGRAPH_CLASS = 'paragraph';
/** A sentence of a paragraph (`id="pN-K"`), and the "#" link after it that copies its address. */
export const SENTENCE_CLASS = 'sentence';
export const SENTENCE_LINK_CLASS = 'sentence-link';
/** A glossary note beside the text, the mark in the text that opens it, and the note's link back to it. */
export const NOTE_CLASS = 'sidenote';
export const NOTE_MARK_CLASS = 'note-ref';
export const NOTE_BACK_CLASS = 'sidenote-back';

/**
 * An element shown as a popover beside what opened it (scripts/popover/anchoredPopover.ts, styled by
 * styles/onDemand/popover.css): a reader's note card, a reference's preview, a margin note on a phone.
 */
export const ANCHORED_POPOVER_CLASS = 'anchored-popover';

/** The attributes above as build-time markup spreads them onto its elements. */
export const attributes = {
  editorial: () => ({ [EDITORIAL]: '' }),
  permalink: (url: string) => ({ [PERMALINK]: url }),
  cite: (paragraph?: number) => ({ [CITE]: paragraph === undefined ? '' : String(paragraph) }),
  copyLink: () => ({ [COPY_LINK]: '' }),
  searchShortcuts: () => ({ [SEARCH_SHORTCUTS]: '' }),
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
 * The permanent address of the paragraph an element sits in, from the paragraph's ¶ link, as an absolute
 * URL: a build without the site's public address writes it root-relative, and what a reader copies or
 * cites then names the address the page was opened at.
 */
export function paragraphPermalinkOf(element: Element): string | undefined {
  const paragraph = element.closest(`.${PARAGRAPH_CLASS}`);
  const address = paragraph?.querySelector(`[${PERMALINK}]`)?.getAttribute(PERMALINK);
  return address ? new URL(address, element.baseURI).href : undefined;
}

/** The paragraph a Cite button cites, or undefined for the whole speech. */
export function citedParagraph(button: Element): number | undefined {
  const value = button.getAttribute(CITE);
  return value ? Number(value) : undefined;
}

/**
 * The word that opens a paragraph's hidden list of other names in the search index: words Pagefind
 * finds after it matched the paragraph through a term's other rendering or its Chinese, not through the
 * speaker's words.
 */
export const ALSO_KNOWN_AS = 'alsoknownas';
