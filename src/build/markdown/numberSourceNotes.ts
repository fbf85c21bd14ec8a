import type {
  MdastPluginDefinition,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  PluginFactoryContext,
} from 'satteri';
import { commentaryId, INTRODUCTION } from '../../lib/contract';
import { SOURCE_NOTE } from '../../lib/context/sourceNotes';

type SatteriElement = MdxJsxTextElement | MdxJsxFlowElement;

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
