import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, words } from '../support/text';

describe('normalizeWhitespace', () => {
  it('treats non-breaking spaces, tabs and newlines as single spaces and trims the ends', () => {
    expect(normalizeWhitespace('\u00a0April 20,\u00a0 2018\n\tend ')).toBe('April 20, 2018 end');
  });
});

describe('words', () => {
  it('splits a passage into its words and gives none for blank text', () => {
    expect(words(' Core technologies  are ')).toEqual(['Core', 'technologies', 'are']);
    expect(words(' \u00a0 ')).toEqual([]);
  });
});
