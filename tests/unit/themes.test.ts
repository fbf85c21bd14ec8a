import { describe, expect, it } from 'vitest';
import {
  buildPassages,
  parsePassageRef,
  passageContains,
  passageLabel,
  themeProblems,
  themesOf,
} from '../../src/lib/themes/passages';
import { relatedSections } from '../../src/lib/themes/relatedSections';
import { columnCells, mapColumns, themeMapLayout, themeMatrix } from '../../src/lib/themes/themeMap';

const paragraphText = new Map([
  [1, 'First sentence. Second sentence. Third one.'],
  [2, 'Only sentence here.'],
]);
const ids = new Set(['security', 'economy']);
const source = (passages: { at: string; themes: string[] }[], paragraphs = [1, 2]) => [
  { file: 'content/sections/01-a.mdx', paragraphs, passages },
];

describe('parsePassageRef', () => {
  it('reads a paragraph, a sentence, or a run of sentences', () => {
    expect(parsePassageRef('4')).toEqual({ paragraph: 4, sentences: undefined });
    expect(parsePassageRef('4.2')).toEqual({ paragraph: 4, sentences: [2, 2] });
    expect(parsePassageRef('4.2-5')).toEqual({ paragraph: 4, sentences: [2, 5] });
  });
});

describe('buildPassages', () => {
  it('quotes each tagged passage verbatim, in speech order', () => {
    const { passages, problems } = buildPassages(
      source([
        { at: '2', themes: ['economy'] },
        { at: '1.2-3', themes: ['security', 'economy'] },
      ]),
      paragraphText,
      ids,
    );
    expect(problems).toEqual([]);
    expect(passages.map((p) => [p.themeId, p.paragraph, p.sentences, p.text])).toEqual([
      ['security', 1, [2, 3], 'Second sentence. Third one.'],
      ['economy', 1, [2, 3], 'Second sentence. Third one.'],
      ['economy', 2, undefined, 'Only sentence here.'],
    ]);
  });

  it('fails with a clear message on an unknown theme, a missing sentence or a paragraph of another section', () => {
    const { problems } = buildPassages(
      source(
        [
          { at: '1.1', themes: ['securty'] },
          { at: '1.4', themes: ['security'] },
          { at: '2', themes: ['economy'] },
        ],
        [1],
      ),
      paragraphText,
      ids,
    );
    expect(problems).toEqual([
      'content/sections/01-a.mdx: unknown theme "securty" in passage "1.1" (field "passages"). Known themes: economy, security.',
      'content/sections/01-a.mdx: passage "1.4" names sentences ¶1 does not have; it has 3 (field "passages").',
      'content/sections/01-a.mdx: passage "2" is not in this section, which holds ¶1 (field "passages").',
    ]);
  });
});

describe('theme indexes', () => {
  const { passages } = buildPassages(
    source([
      { at: '1.1', themes: ['security'] },
      { at: '1', themes: ['economy'] },
      { at: '2', themes: ['economy', 'security'] },
    ]),
    paragraphText,
    ids,
  );

  it('ranks the themes of paragraphs by how many passages carry them', () => {
    expect(themesOf(passages, [1, 2], ['security', 'economy'])).toEqual(['security', 'economy']);
    expect(themesOf(passages, [2], ['economy', 'security'])).toEqual(['economy', 'security']);
  });

  it('holds a use of a term that starts inside a passage, and no other', () => {
    const [first] = passages;
    expect(
      first && [passageContains(first, 1, 2), passageContains(first, 1, 20), passageContains(first, 2, 2)],
    ).toEqual([true, false, false]);
  });

  it('says where a passage is', () => {
    expect([
      passageLabel({ paragraph: 4, sentences: undefined }),
      passageLabel({ paragraph: 4, sentences: [2, 2] }),
      passageLabel({ paragraph: 4, sentences: [2, 5] }),
    ]).toEqual(['¶4', '¶4, sentence 2', '¶4, sentences 2–5']);
  });

  it('maps the share of each paragraph each theme covers', () => {
    expect(
      themeMatrix(
        passages,
        ['security'],
        new Map([
          [1, 43],
          [2, 19],
        ]),
      ),
    ).toEqual([
      {
        themeId: 'security',
        cells: [
          { paragraph: 1, share: 0.35 },
          { paragraph: 2, share: 1 },
        ],
      },
    ]);
  });

  it('requires every paragraph to have a theme and every theme two paragraphs', () => {
    const themes = [
      { id: 'security', name: 'Security', description: 'd', related: ['nowhere'] },
      { id: 'economy', name: 'Economy', description: 'd', related: [] },
    ];
    expect(
      themeProblems(
        themes,
        passages.filter((p) => p.paragraph === 1),
        2,
        'content/themes.yaml',
      ),
    ).toEqual([
      '¶2 has no theme; tag it in its section\'s "passages".',
      'content/themes.yaml: theme "security" gathers 1 paragraph(s); a theme needs at least two.',
      'content/themes.yaml: theme "security" lists an unknown related theme "nowhere" (field "related").',
      'content/themes.yaml: theme "economy" gathers 1 paragraph(s); a theme needs at least two.',
    ]);
  });
});

describe('relatedSections', () => {
  const profile = (slug: string, themes: string[], entries: string[]) => ({
    slug,
    themes: new Set(themes),
    entries: new Set(entries),
  });
  const profiles = [
    profile('a', ['t1', 't2'], ['x', 'y']),
    profile('b', ['t1'], ['x']),
    profile('c', ['t1', 't2'], []),
    profile('d', [], ['z']),
    profile('e', ['t2'], ['x']),
  ];

  it('ranks by shared themes (two points each) and shared entries (one each), leaving out unrelated sections', () => {
    expect(
      relatedSections(profiles, 'a').map((r) => [r.slug, r.score, r.sharedThemes, r.sharedEntries]),
    ).toEqual([
      ['c', 4, ['t1', 't2'], []],
      ['b', 3, ['t1'], ['x']],
      ['e', 3, ['t2'], ['x']],
    ]);
  });

  it('gives nothing for an unknown section', () => {
    expect(relatedSections(profiles, 'zz')).toEqual([]);
  });
});

describe('theme map columns', () => {
  const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  it('gives each paragraph its own column unless there are too many', () => {
    expect(mapColumns(nine)).toHaveLength(9);
    expect(mapColumns(nine, 4)).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 9 },
    ]);
  });

  it('gathers shares into a column as their mean, linking to the first paragraph with the theme', () => {
    const cells = nine.map((paragraph) => ({
      paragraph,
      share: paragraph === 5 ? 0.6 : paragraph === 6 ? 0.3 : 0,
    }));
    expect(columnCells(cells, mapColumns(nine, 4))).toEqual([
      { column: { from: 1, to: 3 }, share: 0, target: undefined },
      { column: { from: 4, to: 6 }, share: 0.3, target: 5 },
      { column: { from: 7, to: 9 }, share: 0, target: undefined },
    ]);
    expect(columnCells(cells, mapColumns(nine)).map((c) => c.share)).toEqual(cells.map((c) => c.share));
  });
});

describe('themeMapLayout', () => {
  const paragraph = (number: number) => ({ number, href: `/speech/s/#p${number}` });
  const theme = (name: string, shares: number[]) => ({
    name,
    href: `/themes/${name}/`,
    coverage: shares.map((share, i) => ({ paragraph: paragraph(i + 1), share })),
  });

  it('draws a row per theme and a cell per paragraph, linking filled cells and shading the highlight', () => {
    const map = themeMapLayout([theme('a', [0.5, 0, 1]), theme('b', [0, 0.25, 0])], { highlight: [2] });
    expect(map.columns.map((c) => c.name)).toEqual(['¶1', '¶2', '¶3']);
    expect(map.rows.map((row) => row.cells.map((c) => c.href ?? null))).toEqual([
      ['/speech/s/#p1', null, '/speech/s/#p3'],
      [null, '/speech/s/#p2', null],
    ]);
    expect(map.rows[0]?.cells[0]?.title).toBe('a: 50% of ¶1');
    expect(map.shaded).toEqual([map.columns[1]?.x]);
    expect(map.description).toMatch(/^Rows are themes, columns are paragraphs 1 to 3;/u);
  });

  it('fits nine paragraphs in a phone’s width, each theme named above its row, clear of the row above', () => {
    const shares = [0.1, 0, 0, 0.5, 0, 0, 0, 0, 1];
    const map = themeMapLayout([theme('a', shares), theme('b', shares)]);
    expect(map.width).toBeLessThanOrEqual(340);
    expect(map.rows[0]?.cells.at(-1)?.x).toBe(map.width - map.cell.width);
    const [first, second] = map.rows;
    // A name's baseline sits above its cells, and its top (13 px text) below the cells of the row above.
    expect((second?.y ?? NaN) - map.rowLabel).toBeLessThan(second?.y ?? NaN);
    expect((second?.y ?? NaN) - map.rowLabel - 13).toBeGreaterThan((first?.y ?? NaN) + map.cell.height);
    expect((first?.y ?? NaN) - map.rowLabel - 13).toBeGreaterThan(16);
  });

  it('gathers paragraphs into runs past the column limit, saying so', () => {
    const map = themeMapLayout([theme('a', [0, 0, 0.6, 0.2])], { maxColumns: 2 });
    expect(map.columns.map((c) => c.name)).toEqual(['¶1–2', '¶3–4']);
    expect(map.rows[0]?.cells.map((c) => [c.href ?? null, c.title])).toEqual([
      [null, 'a: 0% of ¶1–2'],
      ['/speech/s/#p3', 'a: 40% of ¶3–4'],
    ]);
    expect(map.description).toMatch(/^Rows are themes, columns are runs of paragraphs from 1 to 4;/u);
  });
});
