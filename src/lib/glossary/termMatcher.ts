import { escapeRegExp } from '../text/patterns';

/** What the matcher needs of a glossary entry. */
export interface MatchableEntry {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** A glossary term found in a passage: characters [start, end) of the passage. */
export interface TermMatch {
  entryId: string;
  start: number;
  end: number;
  text: string;
}

export type TermMatcher = (text: string) => TermMatch[];

/**
 * Builds a function that finds every glossary term and alias in a passage, as whole words and without
 * regard to case. Where phrases overlap the longest wins, so "cybersecurity and IT application" is one
 * match, not a match for "IT application" inside it.
 */
export function createTermMatcher(entries: readonly MatchableEntry[]): TermMatcher {
  const idByPhrase = new Map<string, string>();
  for (const entry of entries) {
    for (const phrase of [entry.term, ...entry.aliases]) idByPhrase.set(phrase.toLowerCase(), entry.id);
  }
  const phrases = [...idByPhrase.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return () => [];
  // Letters, digits and hyphens count as word characters: "IT" must not match inside "ITU" or "IT-based".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      entryId: idByPhrase.get(match[0].toLowerCase()) ?? '',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    }));
}
