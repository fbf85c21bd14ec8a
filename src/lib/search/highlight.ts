import { escapeRegExp } from '../text/patterns';

/**
 * A pattern for the searched words on the page a hit lands on. Pagefind matches word stems, so a word
 * matches when it begins like a searched word (its last two letters dropped, at least three kept).
 */
export function highlightPattern(query: string): RegExp | undefined {
  const stems = query
    .toLowerCase()
    .split(/[\s"]+/u)
    .filter((word) => word.length >= 3)
    .map((word) => escapeRegExp(word.slice(0, Math.max(3, word.length - 2))));
  if (stems.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})[\\p{L}\\p{N}'’-]*`, 'giu');
}
