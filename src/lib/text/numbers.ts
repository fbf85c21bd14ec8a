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
