import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Source notes: in the introduction and the commentary, every factual sentence ends with
 * `<SourceNote ids="source-a source-b" />`, a numbered note that cites works of content/sources.yaml.
 * Notes are numbered in the order they stand, from 1 in each file; the same rule numbers them where the
 * MDX compiles (build/markdown/numberSourceNotes.ts) and where the edition is built (`sourceNotesOf`).
 */
export const SOURCE_NOTE = 'SourceNote';

type MdxNode = Root | RootContent;
type MdxElement = Extract<RootContent, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

function isSourceNote(node: MdxNode): node is MdxElement {
  return (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === SOURCE_NOTE
  );
}

/** The source notes of an MDX tree, in the order they stand. */
export function sourceNotesIn(tree: MdxNode): MdxElement[] {
  if (isSourceNote(tree)) return [tree];
  return 'children' in tree ? tree.children.flatMap((child) => sourceNotesIn(child)) : [];
}

/** The source ids a note cites. */
export const sourceIdsOf = (note: MdxElement) => {
  const attribute = note.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ids');
  const value = attribute?.value;
  return (typeof value === 'string' ? value : '').split(/\s+/u).filter(Boolean);
};

const parser = unified().use(remarkParse).use(remarkMdx);

/** The notes of an MDX body, in order: each note's source ids. */
export function sourceNotesOf(body: string): string[][] {
  return sourceNotesIn(parser.parse(body)).map(sourceIdsOf);
}
