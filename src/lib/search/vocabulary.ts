import type { Edition } from '../model/types';
import { contextRecords } from './contextRecords';

/**
 * The words search knows, built at build time from what Pagefind indexes, so that the browser can tell a
 * word the edition never uses (a typo, pinyin) from one it does, and suggest the nearest it uses. Split
 * by first letter, so that a query fetches only the few hundred bytes its words need.
 */

/**
 * The words of a text in Latin letters, lower-cased and without accents or tone marks ("wǎngluò" gives
 * "wangluo"): letters only, so a hyphen or apostrophe splits them.
 */
export function englishWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z]{2,}/gu) ?? []
  );
}

/** A vocabulary shard's name: the word's first letter. */
export const shardOf = (word: string) => word.charAt(0).toLowerCase();

/** Words and how often the indexed text uses them, by shard: `{ c: { cybersecurity: 120, … }, … }`. */
export type Vocabulary = Record<string, Record<string, number>>;

/**
 * The words of an indexed text that a reader's English query can mean: unaccented Latin words only, so
 * that pinyin with tone marks in the notes ("wǎngluò") never makes its toneless form look like English.
 */
const textWords = (text: string) => text.toLowerCase().match(/(?<!\p{L})[a-z]{2,}(?!\p{L})/gu) ?? [];

export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const vocabulary: Vocabulary = {};
  for (const text of texts)
    for (const word of textWords(text)) {
      const shard = (vocabulary[shardOf(word)] ??= {});
      shard[word] = (shard[word] ?? 0) + 1;
    }
  return vocabulary;
}

/** Pinyin as a reader may type it: tone marks, spaces, apostrophes and capitals dropped. */
export function normalizePinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '');
}

/** A glossary entry as pinyin finds it. */
export interface PinyinName {
  /** What search looks for instead: the term as the speech says it. */
  term: string;
  chinese: string;
  pinyin: string;
}

/** Every entry with pinyin, by its normalized pinyin (`wangluoqiangguo`). */
export function pinyinNames(
  entries: readonly { term: string; chinese?: string | undefined; pinyin?: string | undefined }[],
): Record<string, PinyinName> {
  const names: Record<string, PinyinName> = {};
  for (const entry of entries)
    if (entry.pinyin && entry.chinese)
      names[normalizePinyin(entry.pinyin)] = {
        term: entry.term,
        chinese: entry.chinese,
        pinyin: entry.pinyin,
      };
  return names;
}

/** Everything Pagefind indexes, as text: the speech, the glossary, the themes and the editors' context. */
export function indexedTexts(edition: Edition): string[] {
  return [
    ...edition.paragraphs.map((paragraph) => paragraph.text),
    ...edition.glossary.flatMap((entry) => [
      entry.term,
      ...entry.aliases,
      ...entry.renderings.map((rendering) => rendering.text),
      entry.definition,
      entry.note ?? '',
    ]),
    ...edition.themes.flatMap((theme) => [theme.name, theme.description]),
    ...contextRecords(edition).map((record) => record.content),
  ];
}
