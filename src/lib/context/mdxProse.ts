import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { chineseRuns } from '../text/chinese';
import { SOURCE_NOTE } from './sourceNotes';

/**
 * The editors' prose (the introduction, a commentary) as plain records, for the formats that are not
 * web pages (the PDF and the EPUB): blocks of inline runs, each run text, a link or a source note.
 */
export type Inline =
  | { kind: 'text'; text: string; chinese: boolean; emphasis: boolean }
  | { kind: 'link'; text: string; href: string }
  /** The n-th source note of the body (numbered from 1 in each body, as on the site). */
  | { kind: 'note'; number: number };

export type ProseBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const parser = unified().use(remarkParse).use(remarkMdx);

const textOf = (node: RootContent): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? node.value
    : 'children' in node
      ? node.children.map(textOf).join('')
      : '';

function inlines(nodes: readonly PhrasingContent[], counter: { notes: number }, emphasis = false): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'text' || node.type === 'inlineCode')
      return chineseRuns(node.value).map((run) => ({ kind: 'text', ...run, emphasis }));
    if (node.type === 'emphasis' || node.type === 'strong') return inlines(node.children, counter, true);
    if (node.type === 'link') return [{ kind: 'link', text: textOf(node), href: node.url }];
    if (node.type === 'mdxJsxTextElement' && node.name === SOURCE_NOTE) {
      counter.notes += 1;
      return [{ kind: 'note', number: counter.notes }];
    }
    if (node.type === 'break') return [{ kind: 'text', text: ' ', chinese: false, emphasis }];
    if ('children' in node) return inlines(node.children as PhrasingContent[], counter, emphasis);
    return [];
  });
}

/**
 * The blocks of an MDX body: its `##` headings, paragraphs and bulleted lists, in order. Source notes
 * are numbered in the order they stand, as `numberSourceNotes` numbers them where the MDX compiles.
 */
export function mdxProse(body: string): ProseBlock[] {
  const counter = { notes: 0 };
  const blocks: ProseBlock[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'heading') blocks.push({ kind: 'heading', text: textOf(node) });
    else if (node.type === 'paragraph')
      blocks.push({ kind: 'paragraph', inlines: inlines(node.children, counter) });
    else if (node.type === 'list')
      blocks.push({
        kind: 'list',
        items: node.children.map((item) =>
          item.children.flatMap((child) =>
            child.type === 'paragraph' ? inlines(child.children, counter) : [],
          ),
        ),
      });
    else if (node.type === 'root' || node.type === 'blockquote') node.children.forEach(visit);
  };
  visit(parser.parse(body));
  return blocks;
}
