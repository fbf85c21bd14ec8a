import { parseParagraphId } from '../contract';

/** An element with an id that Pagefind recorded while indexing a page. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Word position in the page's indexed content where the element starts. */
  location: number;
}

/**
 * The paragraph anchor (`pN`) that contains a matched word: the last paragraph anchor starting at or
 * before the word's location. Undefined when the word lies before every paragraph (a page heading).
 */
export function paragraphAnchorAt(anchors: readonly PagefindAnchor[], location: number): string | undefined {
  let found: PagefindAnchor | undefined;
  for (const anchor of anchors) {
    if (parseParagraphId(anchor.id) === undefined || anchor.location > location) continue;
    if (!found || anchor.location >= found.location) found = anchor;
  }
  return found?.id;
}

/** The distinct paragraphs a page's matches fall in, in page order, e.g. ["p4", "p5"]. */
export function matchedParagraphs(
  anchors: readonly PagefindAnchor[],
  locations: readonly number[],
): string[] {
  const ids = [...locations]
    .sort((a, b) => a - b)
    .map((location) => paragraphAnchorAt(anchors, location))
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}
