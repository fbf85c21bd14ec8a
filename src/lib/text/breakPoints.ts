/** Characters after which code may wrap: the end of a piece of an address or of a call's argument list. */
export const CODE_BREAK_AFTER = ['/', '(', '[', ','] as const;

/**
 * One of those characters (none needs escaping in a character class), followed by one that is neither a
 * space nor a slash (no break inside "//").
 */
const BREAK_POINT = new RegExp(`([${CODE_BREAK_AFTER.join('')}])(?=[^\\s/])`, 'gu');

/**
 * Escaped HTML text (a code sample, as Astro renders a slot) with a line-break opportunity (`<wbr>`) after
 * each slash, opening parenthesis or bracket and comma, so that a long line wraps between the pieces of an
 * address or a call rather than inside a word. The text, and so what is copied, is unchanged.
 */
export function withBreakPoints(escaped: string): string {
  return escaped.replace(BREAK_POINT, '$1<wbr>');
}
