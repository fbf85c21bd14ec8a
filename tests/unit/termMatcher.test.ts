import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/termMatcher';

const match = createTermMatcher([
  { id: 'it-application', term: 'IT application', aliases: [] },
  { id: 'cyber-it', term: 'cybersecurity and IT application', aliases: [] },
  { id: 'bri', term: 'Belt and Road Initiative', aliases: ['Belt and Road'] },
]);

describe('createTermMatcher', () => {
  it('finds terms as whole words without regard to case', () => {
    expect(match('let it application boost development')).toEqual([
      { entryId: 'it-application', start: 4, end: 18, text: 'it application' },
    ]);
    expect(match('ITU application and IT applications')).toEqual([]);
  });

  it('prefers the longest phrase where phrases overlap', () => {
    expect(match('work in cybersecurity and IT application. IT application boosts')).toEqual([
      { entryId: 'cyber-it', start: 8, end: 40, text: 'cybersecurity and IT application' },
      { entryId: 'it-application', start: 42, end: 56, text: 'IT application' },
    ]);
  });

  it('links aliases to their entry', () => {
    expect(
      match('the Belt and Road Initiative ... along the Belt and Road').map((m) => [m.entryId, m.text]),
    ).toEqual([
      ['bri', 'Belt and Road Initiative'],
      ['bri', 'Belt and Road'],
    ]);
  });

  it('finds nothing when there are no entries', () => {
    expect(createTermMatcher([])('anything')).toEqual([]);
  });
});
