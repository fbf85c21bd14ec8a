/**
 * Whitespace-insensitive form of a passage: every run of whitespace, including the source's stray
 * non-breaking spaces (U+00A0), becomes one space, and the ends are trimmed.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The words of a passage, split on whitespace after normalising it. */
export function words(text: string): string[] {
  const normalized = normalizeWhitespace(text);
  return normalized === '' ? [] : normalized.split(' ');
}
