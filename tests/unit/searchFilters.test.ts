import { describe, expect, it } from 'vitest';
import { countFilterValues } from '../../src/lib/search/filters';

describe('countFilterValues', () => {
  it('counts pages per kind and per theme, a theme once per page', () => {
    expect(
      countFilterValues([
        { kind: 'Speech', themes: ['Security', 'Innovation'] },
        { kind: 'Speech', themes: ['Security'] },
        { kind: 'Glossary', themes: ['Security', 'Security'] },
        { kind: 'Theme', themes: [] },
      ]),
    ).toEqual({ kind: { Speech: 2, Glossary: 1, Theme: 1 }, theme: { Security: 3, Innovation: 1 } });
  });

  it('counts nothing for no pages', () => {
    expect(countFilterValues([])).toEqual({ kind: {}, theme: {} });
  });
});
