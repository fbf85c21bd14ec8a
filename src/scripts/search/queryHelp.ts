import { paths } from '../../lib/contract';
import {
  expandAcronyms,
  pinyinEntry,
  shardsFor,
  suggestCorrection,
  unknownWords,
} from '../../lib/search/forgiving';
import type { PinyinName, Vocabulary } from '../../lib/search/vocabulary';

/** What a query asks Pagefind for, and what the results say about it. */
export interface QueryHelp {
  /** The searches to run, in order of trust (an acronym spelled out comes before it). */
  searches: string[];
  /**
   * The query with its unknown words corrected, offered as "Did you mean …?" and searched first: what
   * Pagefind finds for a word it does not know is only what its prefixes happen to match.
   */
  suggestion?: string | undefined;
  /** The glossary entry the query names in pinyin, searched for instead. */
  pinyin?: PinyinName | undefined;
}

const json = async <T>(url: string, empty: T): Promise<T> => {
  const response = await fetch(url);
  // A letter no indexed word starts with has no shard: every word of it is unknown.
  return response.ok ? ((await response.json()) as T) : empty;
};

const shards = new Map<string, Promise<Record<string, number>>>();
const shard = (letter: string) => {
  let loaded = shards.get(letter);
  if (!loaded) shards.set(letter, (loaded = json(paths.searchWords(letter), {})));
  return loaded;
};
let names: Promise<Record<string, PinyinName>> | undefined;

/**
 * Reads the query against the vocabulary: a few hundred bytes per first letter of its words. Only a word
 * the edition never uses loads more: the glossary's pinyin names. When anything fails to
 * load (offline before search was first used), the query is searched as typed.
 */
export async function helpFor(query: string): Promise<QueryHelp> {
  const expanded = expandAcronyms(query);
  const searches = expanded ? [expanded, query] : [query];
  try {
    const letters = shardsFor(query);
    const vocabulary: Vocabulary = Object.fromEntries(
      await Promise.all(letters.map(async (letter) => [letter, await shard(letter)] as const)),
    );
    if (unknownWords(query, vocabulary).length === 0) return { searches };
    names ??= json(paths.searchNames, {});
    const pinyin = pinyinEntry(query, await names);
    if (pinyin) return { searches: [pinyin.term], pinyin };
    const suggestion = suggestCorrection(query, vocabulary);
    return { searches: suggestion ? [suggestion, ...searches] : searches, suggestion };
  } catch {
    return { searches };
  }
}
