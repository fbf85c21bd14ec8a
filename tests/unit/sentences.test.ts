import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/lib/speech/sentences';
import { reference } from '../support/paths';

const sentences = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('splits at full stops followed by a capital, keeping each sentence as written', () => {
    expect(
      sentences('Core technologies are the treasures of a nation. We need to accelerate new advances.'),
    ).toEqual(['Core technologies are the treasures of a nation.', 'We need to accelerate new advances.']);
  });

  it('does not split inside a sentence at a lower-case word or a possessive', () => {
    expect(sentences("the public's awareness. and more")).toEqual(["the public's awareness. and more"]);
  });

  it('never changes the text: the sentences and the spaces between them rebuild each paragraph', () => {
    for (const paragraph of reference.paragraphs) {
      const spans = sentenceSpans(paragraph);
      const rebuilt = spans.map((span, i) =>
        paragraph.slice(span.start, spans[i + 1]?.start ?? paragraph.length),
      );
      expect(rebuilt.join('')).toBe(paragraph);
    }
  });

  it('finds the sentences of the speech', () => {
    expect(reference.paragraphs.map((p) => sentenceSpans(p).length)).toEqual([4, 4, 6, 7, 7, 10, 2, 4, 9]);
  });
});
