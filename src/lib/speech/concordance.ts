/** A word of the speech and where it occurs. */
export interface WordOccurrence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A content word of the speech, how often it occurs and where. */
export interface WordFrequency {
  /** The form it is counted under (wordKey): the key of its anchor. */
  word: string;
  /** The word as the speech writes it most often ("Chinese", "Party", "internet"), to show it by. */
  form: string;
  count: number;
  occurrences: WordOccurrence[];
}

/**
 * The written form most of a word's uses take, possessives left out; between forms as frequent, the one
 * in lower case, since a capital at the start of a sentence says nothing of the word.
 */
export function usualForm(occurrences: readonly { text: string }[]): string {
  const tally = new Map<string, number>();
  for (const { text } of occurrences) {
    const form = text.replace(/['’]s$/u, '');
    tally.set(form, (tally.get(form) ?? 0) + 1);
  }
  const lowerCase = (form: string) => (form === form.toLowerCase() ? 1 : 0);
  const [usual] = [...tally].sort(([a, m], [b, n]) => n - m || lowerCase(b) - lowerCase(a));
  return usual?.[0] ?? '';
}

// Function words carry no topic; "IT", "UN" and other capitalised acronyms are kept apart from "it".
const STOPWORDS = new Set(
  `a about all also among an and any are as at be because been before between both but by can do each
  either for from further has have having he her his in including into is it its itself make more most
  must neither nor not of on or other our over own should so some such than that the their them
  themselves there these they this those through to towards under up us very was we well were what when
  where whether which while who will with within without would`.split(/\s+/u),
);

const WORD = /\p{L}[\p{L}\p{N}'’-]*\p{L}|\p{L}/gu;

/** The form a word is counted under: acronyms as written, other words in lower case without "'s". */
export function wordKey(token: string): string {
  if (token.length >= 2 && token === token.toUpperCase()) return token;
  return token.toLowerCase().replace(/['’]s$/u, '');
}

/**
 * Counts the content words of the speech (function words left out), most frequent first, ties
 * alphabetical, with every use located for keyword-in-context lines.
 */
export function wordFrequencies(paragraphs: ReadonlyMap<number, string>): WordFrequency[] {
  const counts = new Map<string, WordOccurrence[]>();
  for (const [paragraph, text] of paragraphs) {
    for (const match of text.matchAll(WORD)) {
      const key = wordKey(match[0]);
      if (STOPWORDS.has(key) || (key.length < 3 && key !== key.toUpperCase())) continue;
      const occurrences = counts.get(key) ?? [];
      occurrences.push({ paragraph, start: match.index, end: match.index + match[0].length, text: match[0] });
      counts.set(key, occurrences);
    }
  }
  return [...counts]
    .map(([word, occurrences]) => ({
      word,
      form: usualForm(occurrences),
      count: occurrences.length,
      occurrences,
    }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}

/**
 * A keyword-in-context line: up to `width` characters either side of some words of a paragraph (a word
 * of the concordance, a use of a glossary entry), cut at word breaks.
 */
export function keywordInContext(
  paragraphText: string,
  words: { start: number; end: number; text: string },
  width = 60,
) {
  const before = paragraphText.slice(Math.max(0, words.start - width), words.start);
  const after = paragraphText.slice(words.end, words.end + width);
  const cutBefore = words.start > width ? before.replace(/^\S*\s/u, '') : before;
  const cutAfter = words.end + width < paragraphText.length ? after.replace(/\s\S*$/u, '') : after;
  return {
    before: `${words.start > width ? '…' : ''}${cutBefore}`,
    match: words.text,
    after: `${cutAfter}${words.end + width < paragraphText.length ? '…' : ''}`,
  };
}
