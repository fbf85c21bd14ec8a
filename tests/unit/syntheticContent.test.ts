import { describe, expect, it } from 'vitest';
import { multiplyCommentary, multiplySections, paragraphCount } from '../../bench/syntheticContent';

const section = (name: string, order: number, paragraphs: number[], passages: string) => ({
  name,
  text: [
    '---',
    'title: A section',
    `order: ${order}`,
    'summary: One sentence.',
    `paragraphs: [${paragraphs.join(', ')}]`,
    'passages:',
    passages,
    '---',
    '',
    ...paragraphs.map((n) => `<Paragraph n={${n}}>\nWords of paragraph ${n}.\n</Paragraph>\n`),
  ].join('\n'),
});

const speech = [
  section('02-second.mdx', 2, [3], "  - { at: '3.2-4', themes: [b] }"),
  section('01-first.mdx', 1, [1, 2], "  - { at: '1', themes: [a] }\n  - { at: '2.1', themes: [b] }"),
];

describe('multiplySections', () => {
  it('repeats the sections in order with orders, slugs, paragraphs and passages shifted', () => {
    expect(paragraphCount(speech)).toBe(3);
    const copies = multiplySections(speech, 2);
    expect(copies.map((file) => file.name)).toEqual([
      '01-first.mdx',
      '02-second.mdx',
      '03-first-2.mdx',
      '04-second-2.mdx',
    ]);
    const last = copies[3]?.text ?? '';
    expect(last).toContain('order: 4');
    expect(last).toContain('paragraphs: [6]');
    expect(last).toContain("at: '6.2-4'");
    expect(last).toContain('<Paragraph n={6}>');
    expect(copies[2]?.text).toContain('paragraphs: [4, 5]');
    expect(copies[2]?.text).toContain("at: '4'");
    expect(copies[2]?.text).toContain("at: '5.1'");
  });

  it('widens the number prefix when there are more than 99 sections', () => {
    expect(multiplySections(speech, 60).at(-1)?.name).toBe('120-second-60.mdx');
  });

  it('fails on a file it cannot renumber', () => {
    expect(() => multiplySections([{ name: '01-x.mdx', text: 'no frontmatter' }], 2)).toThrow(
      'Synthetic content: no order found to renumber.',
    );
  });
});

describe('multiplyCommentary', () => {
  const commentary = [1, 2, 3].map((n) => ({
    name: `0${n}.mdx`,
    text: `---\nparagraph: ${n}\n---\n\nThe editors on paragraph ${n}.\n`,
  }));

  it('gives every copied paragraph its commentary, named by its number', () => {
    const copies = multiplyCommentary(commentary, 2, 3);
    expect(copies.map((file) => file.name)).toEqual([
      '01.mdx',
      '02.mdx',
      '03.mdx',
      '04.mdx',
      '05.mdx',
      '06.mdx',
    ]);
    expect(copies[4]?.text).toContain('paragraph: 5\n');
    expect(copies[4]?.text).toContain('The editors on paragraph 2.');
    expect(multiplyCommentary(commentary, 40, 3).at(-1)?.name).toBe('120.mdx');
  });

  it('fails on a file it cannot renumber', () => {
    expect(() => multiplyCommentary([{ name: '01.mdx', text: 'no frontmatter' }], 2, 1)).toThrow(
      'Synthetic content: no commented paragraph found to renumber.',
    );
  });
});
