import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A run of the speaker's words; `entryId` when an author tied it to a glossary entry with `<Term id>`. */
export interface Segment {
  text: string;
  entryId?: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

function attribute(node: RootContent, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = found?.value;
  return typeof value === 'object' && value !== null ? value.value : (value ?? undefined);
}

function plainText(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

function segmentsOf(node: RootContent, where: string): Segment[] {
  if (node.type === 'text') return [{ text: node.value }];
  if (node.type === 'mdxJsxTextElement' && node.name === 'Term') {
    const entryId = attribute(node, 'id');
    if (!entryId) throw new Error(`${where}: <Term> needs an id, e.g. <Term id="cyberpower">.`);
    return [{ text: plainText(node), entryId }];
  }
  if (node.type === 'paragraph') return node.children.flatMap((child) => segmentsOf(child, where));
  throw new Error(
    `${where}: only plain text and <Term id="..."> may appear inside <Paragraph>, found ${node.type}.`,
  );
}

/**
 * The speaker's words of an MDX section body, paragraph by paragraph (keyed by each `<Paragraph n={N}>`),
 * as segments. `where` names the file in error messages.
 */
export function paragraphSegments(body: string, where: string): Map<number, Segment[]> {
  const found = new Map<number, Segment[]>();
  for (const node of parser.parse(body).children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Paragraph') continue;
    const n = Number(attribute(node, 'n'));
    found.set(
      n,
      node.children.flatMap((child) => segmentsOf(child, `${where} ¶${n}`)),
    );
  }
  return found;
}

/** The plain words of a paragraph's segments. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('');
}
