import { englishWords, normalizePinyin, shardOf, type PinyinName, type Vocabulary } from './vocabulary';

/**
 * Forgiving search: what the reader's query means when the index does not know it as typed. Pure; the
 * browser code (scripts/search/queryHelp.ts) fetches the vocabulary shards and the names these need.
 */

/**
 * Acronyms readers type, and the words the speech and its notes use for them. A unit test checks that each
 * expansion is in the indexed text, so none can point at nothing.
 */
export const ACRONYMS: Readonly<Record<string, string>> = {
  ai: 'artificial intelligence',
  cii: 'critical information infrastructure',
  cac: 'Cyberspace Administration of China',
  cpc: 'Communist Party of China',
  npc: "National People's Congress",
};

/** The query's words outside quotation marks: those a reader may have misspelled or abbreviated. */
export function looseWords(query: string): string[] {
  return englishWords(query.replace(/"[^"]*"/gu, ' '));
}

/** Short words (two or three letters), which Pagefind matches as prefixes of longer ones. */
export const shortWords = (query: string) => looseWords(query).filter((word) => word.length <= 3);

/** The shards a query's words need to be checked against the vocabulary. */
export const shardsFor = (query: string) => [...new Set(looseWords(query).map(shardOf))];

/** Whether the text holds the word whole, not only as the start of a longer word. */
export function holdsWholeWord(text: string, word: string): boolean {
  return englishWords(text).includes(word.toLowerCase());
}

/** The glossary entry a query names in pinyin, with or without tone marks and spaces. */
export function pinyinEntry(
  query: string,
  names: Readonly<Record<string, PinyinName>>,
): PinyinName | undefined {
  const key = normalizePinyin(query);
  return key.length >= 4 ? names[key] : undefined;
}

/** The words of a query the vocabulary lacks (acronyms it expands are known too). */
export function unknownWords(query: string, vocabulary: Vocabulary): string[] {
  return looseWords(query).filter((word) => !vocabulary[shardOf(word)]?.[word] && !ACRONYMS[word]);
}

/** How far a typo may be from the word meant: one edit for short words, two for longer ones. */
const maxEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * "Did you mean": the query with each unknown word replaced by the nearest word the vocabulary has (fewest
 * edits, then the most used), or undefined when there is nothing to correct or no near word.
 */
export function suggestCorrection(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const corrected = query.replace(/"[^"]*"|[A-Za-z]{2,}/gu, (token) => {
    const word = token.toLowerCase();
    if (token.startsWith('"') || word.length < 4 || ACRONYMS[word]) return token;
    const shard = vocabulary[shardOf(word)] ?? {};
    if (shard[word]) return token;
    let best: { word: string; edits: number; uses: number } | undefined;
    for (const [candidate, uses] of Object.entries(shard)) {
      if (Math.abs(candidate.length - word.length) > maxEdits(word)) continue;
      const edits = editDistance(word, candidate, maxEdits(word));
      if (edits > maxEdits(word)) continue;
      if (!best || edits < best.edits || (edits === best.edits && uses > best.uses))
        best = { word: candidate, edits, uses };
    }
    if (!best) return token;
    changed = true;
    return best.word;
  });
  return changed ? corrected : undefined;
}

/** The query with a known acronym spelled out as the text says it (`AI` → `"artificial intelligence"`). */
export function expandAcronyms(query: string): string | undefined {
  let changed = false;
  const expanded = query.replace(/"[^"]*"|[A-Za-z]{2,}/gu, (token) => {
    const expansion = ACRONYMS[token.toLowerCase()];
    if (token.startsWith('"') || !expansion) return token;
    changed = true;
    return `"${expansion}"`;
  });
  return changed ? expanded : undefined;
}

/**
 * The number of single-letter insertions, deletions and substitutions between two words (Levenshtein),
 * or `limit + 1` as soon as it must exceed `limit`: suggestions never look further than two edits, and
 * stopping early keeps a pass over a vocabulary shard quick. Small enough that search carries it
 * rather than a library.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
