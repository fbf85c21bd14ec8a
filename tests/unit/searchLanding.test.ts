import { describe, expect, it } from 'vitest';
import { matchedParagraphs, paragraphAnchorAt } from '../../src/lib/search/landing';

const anchors = [
  { element: 'h1', id: 'section-title', location: 0 },
  { element: 'div', id: 'p4', location: 3 },
  { element: 'div', id: 'p5', location: 120 },
];

describe('paragraphAnchorAt', () => {
  it('gives the paragraph a matched word falls in', () => {
    expect(paragraphAnchorAt(anchors, 3)).toBe('p4');
    expect(paragraphAnchorAt(anchors, 119)).toBe('p4');
    expect(paragraphAnchorAt(anchors, 400)).toBe('p5');
  });

  it('gives nothing for a word before the first paragraph', () => {
    expect(paragraphAnchorAt(anchors, 1)).toBeUndefined();
  });
});

describe('matchedParagraphs', () => {
  it('lists each paragraph with a match once, in page order', () => {
    expect(matchedParagraphs(anchors, [200, 5, 1, 130, 7])).toEqual(['p4', 'p5']);
  });
});
