/** Characters after which code may wrap: the end of a piece of an address or of a call's argument list. */
export const CODE_BREAK_AFTER = ['/', '(', '[', ','] as const;

/**
 * Escaped HTML text (a code sample, as Astro renders a slot) with a line-break opportunity (`<wbr>`) after
 * each slash, opening parenthesis and comma, so that a long line wraps between the pieces of an address
 * or a call rather than inside a word. The text, and so what is copied, is unchanged.
 */
export function withBreakPoints(escaped: string): string {
  return escaped.replace(/([/([,])(?=[^\s/])/gu, '$1<wbr>');
}
