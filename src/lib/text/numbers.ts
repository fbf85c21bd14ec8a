const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count as prose writes it: words up to twelve ("nine paragraphs"), figures above ("120 paragraphs"). */
export const countInWords = (count: number) => WORDS[count] ?? String(count);

/** "passage" or "passages", by count. */
export const plural = (count: number, one: string, many = `${one}s`) => (count === 1 ? one : many);

/** Words a reader of prose reads in a minute (a common estimate for careful, non-fiction reading). */
const WORDS_PER_MINUTE = 230;

/** How many minutes a text takes to read, at least one. */
export const readingMinutes = (text: string) =>
  Math.max(1, Math.round(text.split(/\s+/u).filter(Boolean).length / WORDS_PER_MINUTE));

/** A file's size as a download link gives it, never broken across lines: "1.3 MB", "240 KB" (1,024 bytes a KB). */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)}\u00a0MB`;
  return `${Math.max(1, Math.round(bytes / 1024))}\u00a0KB`;
}
