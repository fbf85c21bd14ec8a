import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type {
  MdastPluginDefinition,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  PluginFactoryContext,
} from 'satteri';
import { unified } from 'unified';
import { commentaryId, INTRODUCTION } from '../contract';

type SatteriElement = MdxJsxTextElement | MdxJsxFlowElement;

/**
 * Source notes: in the introduction and the commentary, every factual sentence ends with
 * `<SourceNote ids="source-a source-b" />`, a numbered note that cites works of content/sources.yaml.
 * Notes are numbered in the order they stand, from 1 in each file; the same rule numbers them where the
 * MDX compiles (`numberSourceNotes`) and where the edition is built (`sourceNotesOf`).
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

/**
 * The Markdown processor's plugin (Sätteri, astro.config.mjs) that gives each `<SourceNote>` its number
 * (`n`) and the scope its ids live in (`scope`: the introduction, or `commentary-4` for the commentary on
 * ¶4, read from the file's frontmatter), so a page that shows several commentaries has no two notes with
 * one id. The processor calls it once per document; notes are visited in the order they stand.
 */
export function numberSourceNotes(context: PluginFactoryContext): MdastPluginDefinition {
  const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
    ?.frontmatter;
  const paragraph = frontmatter?.['paragraph'];
  const scope = typeof paragraph === 'number' ? commentaryId(paragraph) : INTRODUCTION;
  let count = 0;
  // A visitor that returns a node puts it in place of the one it visited.
  const number = (node: Readonly<SatteriElement>): SatteriElement | undefined => {
    if (node.name !== SOURCE_NOTE) return undefined;
    count += 1;
    return {
      ...node,
      attributes: [
        ...node.attributes,
        { type: 'mdxJsxAttribute', name: 'n', value: String(count) },
        { type: 'mdxJsxAttribute', name: 'scope', value: scope },
      ],
    } as SatteriElement;
  };
  return { name: 'number-source-notes', mdxJsxTextElement: number, mdxJsxFlowElement: number };
}
