import { describe, expect, it } from 'vitest';
import { compareWithReference, describeFirstDifference, formatProblems } from '../support/fidelity';

const reference = ['Core technologies are the treasures of a nation.', 'Second paragraph here.'];

describe('describeFirstDifference', () => {
  it('finds nothing when only whitespace differs', () => {
    expect(describeFirstDifference('a  b\u00a0c', ' a b c ')).toBeUndefined();
  });

  it('names the first differing word with the words that follow it', () => {
    expect(
      describeFirstDifference(reference[0] ?? '', 'Core technologies are the treasure of a nation.'),
    ).toBe('first difference at word 5: expected "treasures of a nation." but found "treasure of a nation."');
  });

  it('reports text that stops early', () => {
    expect(describeFirstDifference('one two three', 'one two')).toBe(
      'first difference at word 3: expected "three" but found "(end of text)"',
    );
  });
});

describe('compareWithReference', () => {
  it('accepts paragraphs that match word for word', () => {
    expect(
      compareWithReference(
        reference,
        new Map([
          [1, reference[0] ?? ''],
          [2, reference[1] ?? ''],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports altered, missing and unknown paragraphs by number', () => {
    const problems = compareWithReference(
      reference,
      new Map([
        [1, 'Core technologies are the treasure of a nation.'],
        [7, 'Stray.'],
      ]),
    );
    expect(problems).toEqual([
      {
        paragraph: 1,
        message:
          'first difference at word 5: expected "treasures of a nation." but found "treasure of a nation."',
      },
      { paragraph: 2, message: 'paragraph is missing' },
      { paragraph: 7, message: 'paragraph does not exist in the reference text' },
    ]);
    expect(formatProblems(problems.slice(1, 2), (n) => `file-${n}.mdx`)).toBe(
      '¶2 (file-2.mdx): paragraph is missing',
    );
  });
});
