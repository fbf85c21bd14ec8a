import { normalizeWhitespace, words } from './text';

/** One paragraph whose reassembled words differ from the reference. */
export interface FidelityProblem {
  paragraph: number;
  message: string;
}

const CONTEXT_WORDS = 6;

/** Where two passages first differ, word by word, as a sentence a reader can act on. */
export function describeFirstDifference(expected: string, actual: string): string | undefined {
  if (normalizeWhitespace(expected) === normalizeWhitespace(actual)) return undefined;
  const want = words(expected);
  const got = words(actual);
  let index = 0;
  while (index < want.length && want[index] === got[index]) index += 1;
  const show = (list: string[]) => list.slice(index, index + CONTEXT_WORDS).join(' ') || '(end of text)';
  return `first difference at word ${index + 1}: expected "${show(want)}" but found "${show(got)}"`;
}

/**
 * Compares reassembled paragraphs (keyed by paragraph number) with the reference paragraphs
 * (paragraph N at index N - 1). Reports missing, extra and altered paragraphs.
 */
export function compareWithReference(
  reference: readonly string[],
  candidate: ReadonlyMap<number, string>,
): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  reference.forEach((expected, index) => {
    const paragraph = index + 1;
    const actual = candidate.get(paragraph);
    if (actual === undefined) {
      problems.push({ paragraph, message: 'paragraph is missing' });
      return;
    }
    const difference = describeFirstDifference(expected, actual);
    if (difference) problems.push({ paragraph, message: difference });
  });
  for (const paragraph of candidate.keys()) {
    if (paragraph < 1 || paragraph > reference.length) {
      problems.push({ paragraph, message: 'paragraph does not exist in the reference text' });
    }
  }
  return problems;
}

/**
 * Formats problems one per line, each with where its paragraph lives:
 * "¶4 (content/sections/03-cybersecurity.mdx): first difference ...". Empty when there are none.
 */
export function formatProblems(
  problems: readonly FidelityProblem[],
  where: (paragraph: number) => string,
): string {
  return problems.map((p) => `¶${p.paragraph} (${where(p.paragraph)}): ${p.message}`).join('\n');
}
