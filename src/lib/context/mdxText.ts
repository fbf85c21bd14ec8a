import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sourceNotesIn } from './sourceNotes';
import { typographicMdast } from '../text/typography';

type MdxNode = Root | RootContent;

const parser = unified().use(remarkParse).use(remarkMdx);

/** The words of an MDX node as a reader sees them: text and link text, no elements (source notes). */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return '';
  if (!('children' in node)) return '';
  const separator = node.type === 'root' || node.type === 'list' ? '\n' : '';
  return node.children.map(textOf).join(separator);
}

/** The plain text of an MDX body (the commentary's words, for search and open data), paragraphs on lines. */
export function mdxPlainText(body: string): string {
  return textOf(typographicMdast(parser.parse(body)))
    .replace(/\n{2,}/gu, '\n')
    .trim();
}

/** One `##` part of an MDX essay: its heading, the plain text under it, and how many source notes it holds. */
export interface EssayPart {
  title: string;
  text: string;
  notes: number;
}

/** The parts of an MDX essay (the introduction): each `##` heading with what follows it. */
export function essayParts(body: string): EssayPart[] {
  const parts: { title: string; nodes: RootContent[] }[] = [];
  for (const node of typographicMdast(parser.parse(body)).children) {
    if (node.type === 'heading' && node.depth === 2) parts.push({ title: textOf(node), nodes: [] });
    else parts.at(-1)?.nodes.push(node);
  }
  return parts.map((part) => ({
    title: part.title,
    text: part.nodes
      .map(textOf)
      .join('\n')
      .replace(/\n{2,}/gu, '\n')
      .trim(),
    notes: part.nodes.flatMap((node) => sourceNotesIn(node)).length,
  }));
}
