import type { Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { typographic, typographicMdast, typographicRuns } from '../../src/lib/text/typography';

describe('typographic quotes', () => {
  it('turns straight double and single quotes and apostrophes into typographic ones', () => {
    expect(typographic(`Xi's report declared a "new era" of 'socialism'.`)).toBe(
      'Xi’s report declared a “new era” of ‘socialism’.',
    );
    expect(typographic(`the states' ICT and the '80s`)).toBe('the states’ ICT and the ’80s');
    expect(typographic('Constitution to include "Xi Jinping Thought."')).toBe(
      'Constitution to include “Xi Jinping Thought.”',
    );
  });

  it('leaves dashes, ellipses, Chinese and text without quotes as written', () => {
    expect(typographic('2012--2018 ... 综合治网格局')).toBe('2012--2018 ... 综合治网格局');
    expect(typographic('综合治网格局 "a"')).toBe('综合治网格局 “a”');
  });

  it('decides a quote by the whole block, across runs, and keeps verbatim runs', () => {
    expect(
      typographicRuns([{ text: 'The term "' }, { text: 'positive publicity' }, { text: '" renders' }]),
    ).toEqual(['The term “', 'positive publicity', '” renders']);
    expect(
      typographicRuns([{ text: 'run "' }, { text: `read_csv("a")`, verbatim: true }, { text: '" now' }]),
    ).toEqual(['run “', 'read_csv("a")', '” now']);
  });

  it('sets an MDX body’s text, link text included, and leaves code and values alone', () => {
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .parse(
        `The term "[positive publicity](/glossary/x/)" is the Party's; \`pd.read_csv("x")\` and {props.a}.`,
      );
    const paragraph = typographicMdast(tree as Root).children[0] as Paragraph;
    const texts = paragraph.children.map((node) =>
      'value' in node
        ? node.value
        : 'children' in node
          ? node.children.map((c) => ('value' in c ? c.value : '')).join('')
          : '',
    );
    expect(texts).toEqual([
      'The term “',
      'positive publicity',
      '” is the Party’s; ',
      'pd.read_csv("x")',
      ' and ',
      'props.a',
      '.',
    ]);
  });
});
