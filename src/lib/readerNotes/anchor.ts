/**
 * Where a reader's note stands in the speech: the W3C Web Annotation TextQuoteSelector (the exact words
 * with a little of the text before and after them), found again in a paragraph's words wherever the
 * paragraph is shown and in whatever browser the notes are brought to.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much of the text before and after the words a quote keeps, as the edition's own annotations do. */
const CONTEXT = 32;

/** The quote of characters [start, end) of a text. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** How many characters two strings share at their end (a prefix matched backwards) or start (a suffix). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Where a quote stands in a text: among the places its exact words occur, the one whose surroundings
 * match its prefix and suffix best (the first on a tie); undefined when the words do not occur.
 */
export function locateQuote(text: string, quote: TextQuote): { start: number; end: number } | undefined {
  if (!quote.exact) return undefined;
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score =
      sharedEnd(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) +
      sharedStart(text.slice(end, end + quote.suffix.length), quote.suffix);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}
