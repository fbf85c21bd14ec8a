import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';

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

describe('spacing in our own prose', () => {
  it('keeps a space or punctuation on both sides of every inline link, citation and emphasis', () => {
    const problems = builtPages().flatMap(([path, html]) =>
      gluedInlineElements(html).map((g) => `${path}: ${g}`),
    );
    expect(problems).toEqual([]);
  });

  it('keeps a space between a heading and the count or note beside it', () => {
    const problems = builtPages().flatMap(([path, html]) =>
      gluedInlineElements(html, 'h1, h2, h3', 'h1 > span, h2 > span, h3 > span').map((g) => `${path}: ${g}`),
    );
    expect(problems).toEqual([]);
  });

  it('never leaves a space inside parentheses or before a comma or full stop', () => {
    const problems = builtPages().flatMap(([path, html]) => {
      const text = html
        .replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
        .replace(/<[^>]+>/gu, '')
        .replace(/\s+/gu, ' ');
      return [...text.matchAll(/.{0,20}(?:\( | \)| [,.;:](?=\s|$)).{0,20}/gu)].map((m) => `${path}: ${m[0]}`);
    });
    expect(problems).toEqual([]);
  });
});
