import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { readRepoFile } from '../support/paths';

// A source note's mark (a.source-mark) stands against the sentence it ends, as a footnote number does.
const INLINE =
  'p a:not(.source-mark), p cite, p code, p strong, p em, li a:not(.source-mark), li cite, blockquote a';
const OPENS = /[\s(“‘"'/#·–—¶]$/u;
const CLOSES = /^[\s.,;:)”’"'!?/·–—]/u;

const textOf = (node: ElementContent | undefined) => (node?.type === 'text' ? node.value : undefined);

/** Inline elements glued to the words around them, e.g. "by<a>China Daily</a>" rendering as "byChina Daily". */
function gluedInlineElements(html: string, parents = 'p, li, blockquote', inline = INLINE): string[] {
  const tree = unified().use(rehypeParse).parse(html);
  const glued: string[] = [];
  for (const parent of selectAll(parents, tree)) {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element' || !(selectAll(inline, parent) as Element[]).includes(child)) return;
      const before = textOf(parent.children[index - 1]);
      const after = textOf(parent.children[index + 1]);
      if ((before && !OPENS.test(before)) || (after && !CLOSES.test(after))) {
        glued.push(
          `${before?.slice(-12) ?? ''}<${child.tagName}>…</${child.tagName}>${after?.slice(0, 12) ?? ''}`,
        );
      }
    });
  }
  return glued;
}

const gluedToHeadings = (html: string) =>
  gluedInlineElements(html, 'h1, h2, h3', 'h1 > span, h2 > span, h3 > span');

/** Stray spaces in a page's text: inside parentheses, or before a comma, full stop or colon. */
function straySpaces(html: string): string[] {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
    .replace(/<[^>]+>/gu, '')
    .replace(/\s+/gu, ' ');
  return [...text.matchAll(/.{0,20}(?:\( | \)| [,.;:](?=\s|$)).{0,20}/gu)].map((m) => m[0]);
}

/** Every problem a check finds on the built pages, each named by its page. */
const onEveryPage = (check: (html: string) => string[]) =>
  builtPages().flatMap(([path, html]) => check(html).map((problem) => `${path}: ${problem}`));

describe('spacing in our own prose', () => {
  it('finds each kind of fault on a page that has them (a fixture page)', () => {
    const html = readRepoFile('tests/fixtures/pages/bad-spacing.html');
    expect(gluedInlineElements(html)).toEqual([' reported by<a>…</a>, the text i']);
    expect(gluedToHeadings(html)).toEqual(['Laws<span>…</span>']);
    expect(straySpaces(html)).toEqual([
      'd. In the speech: ¶2 , ¶3, a space before ',
      'ands in parentheses ( with spaces inside t',
      's, ends with a space . ',
    ]);
  });

  it('keeps a space or punctuation on both sides of every inline link, citation and emphasis', () => {
    expect(onEveryPage((html) => gluedInlineElements(html))).toEqual([]);
  });

  it('keeps a space between a heading and the count or note beside it', () => {
    expect(onEveryPage(gluedToHeadings)).toEqual([]);
  });

  it('never leaves a space inside parentheses or before a comma or full stop', () => {
    expect(onEveryPage(straySpaces)).toEqual([]);
  });
});
