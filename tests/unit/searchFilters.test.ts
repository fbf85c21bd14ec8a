import { describe, expect, it } from 'vitest';
import { countFilterValues, countHits } from '../../src/lib/search/filters';

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

describe('countHits', () => {
  const hit = (kind: string, ...theme: string[]) => ({ filters: { kind: [kind], theme } });
  const shown = [hit('Speech', 'A', 'B'), hit('Speech', 'A'), hit('Glossary', 'B', 'B')];

  it('counts each filter value over the hits shown, once per hit', () => {
    expect(countHits(shown)).toEqual({ kind: { Speech: 2, Glossary: 1 }, theme: { A: 2, B: 2 } });
  });

  it('counts a ticked group from the hits without its own filter', () => {
    const speechOnly = shown.slice(0, 2);
    expect(countHits(speechOnly, { kind: shown })).toEqual({
      kind: { Speech: 2, Glossary: 1 },
      theme: { A: 2, B: 1 },
    });
  });
});
