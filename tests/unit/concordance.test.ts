import { describe, expect, it } from 'vitest';
import { usualForm, wordFrequencies, wordKey } from '../../src/lib/speech/concordance';

describe('wordKey', () => {
  it('keeps acronyms apart from ordinary words and folds case and possessives', () => {
    expect([wordKey('IT'), wordKey('It'), wordKey('Party'), wordKey("Party's"), wordKey('UN')]).toEqual([
      'IT',
      'it',
      'party',
      'party',
      'UN',
    ]);
  });
});

describe('wordFrequencies', () => {
  it('counts content words, most frequent first, and locates every use', () => {
    const counts = wordFrequencies(
      new Map([
        [1, 'IT application boosts the economy. It helps the economy grow.'],
        [2, "The Party's leadership and the economy."],
      ]),
    );
    expect(counts.slice(0, 3).map(({ word, count }) => [word, count])).toEqual([
      ['economy', 3],
      ['application', 1],
      ['boosts', 1],
    ]);
    expect(counts.find((c) => c.word === 'party')?.occurrences).toEqual([
      { paragraph: 2, start: 4, end: 11, text: "Party's" },
    ]);
    expect(counts.some((c) => c.word === 'the' || c.word === 'it')).toBe(false);
    expect(counts.find((c) => c.word === 'IT')?.count).toBe(1);
  });
});

describe('usualForm', () => {
  it('shows a word as the speech writes it most often, in lower case when a capital is only as frequent', () => {
    const uses = (...texts: string[]) => texts.map((text) => ({ text }));
    expect(usualForm(uses('Chinese', 'Chinese'))).toBe('Chinese');
    expect(usualForm(uses("Party's", 'Party', 'party'))).toBe('Party');
    expect(usualForm(uses('Internet', 'internet'))).toBe('internet');
    expect(usualForm(uses('Internet', 'internet', 'Internet'))).toBe('Internet');
  });
});
