/** A sentence of a paragraph: characters [start, end) of the paragraph's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A sentence ends at . ! or ? (with any closing quotation mark) followed by a space and a capital letter.
const SENTENCE_BREAK = /(?<=[.!?][”’"']?)\s+(?=[“‘"']?\p{Lu})/gu;

/**
 * Splits a paragraph into sentences, as offsets into it, so the text itself is never rewritten: the
 * spaces between sentences belong to no sentence. The speech has no abbreviations with full stops.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const gap of text.matchAll(SENTENCE_BREAK)) {
    spans.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
