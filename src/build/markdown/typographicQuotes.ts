import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { typographicRuns } from '../../lib/text/typography';

/** Elements whose text is one run of prose, converted as one: a quote may open in one and close in a link. */
const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'figcaption'];
const BLOCK_SET = new Set(BLOCKS);

/** Elements whose text is code or a keyboard's: kept exactly. */
const VERBATIM = new Set(['code', 'kbd', 'samp', 'pre', 'script', 'style']);

/** The speaker's words: their MDX is compiled as the source prints it, quotes included. */
const SPEECH_FOLDER = '/content/sections/';

interface Found {
  node: Text;
  verbatim: boolean;
}

function textsOf(element: Readonly<Element>, verbatim: boolean, into: Found[]): Found[] {
  for (const child of element.children as readonly ElementContent[]) {
    if (child.type === 'text') into.push({ node: child, verbatim });
    else if (child.type === 'element' && !BLOCK_SET.has(child.tagName))
      textsOf(child, verbatim || VERBATIM.has(child.tagName), into);
  }
  return into;
}

function convert(element: Readonly<Element>, context: HastVisitorContext): void {
  const found = textsOf(element, false, []);
  const converted = typographicRuns(found.map(({ node, verbatim }) => ({ text: node.value, verbatim })));
  found.forEach(({ node }, index) => {
    const value = converted[index];
    if (value !== undefined && value !== node.value) context.replaceNode(node, { type: 'text', value });
  });
}

/**
 * The Markdown processor's plugin (astro.config.mjs) that gives the editors' MDX (the introduction, the
 * commentary, the prose of content/prose/) typographic quotes and apostrophes, with the converter the
 * model uses for their YAML fields and for what it reads of the same MDX (lib/text/typography.ts). The
 * speech's sections are left out whole: their body is the speaker's words, copied as the source prints
 * them, and their frontmatter is converted by its schema.
 */
export function typographicQuotes(context: PluginFactoryContext): HastPluginDefinition | null {
  if (context.fileURL?.pathname.includes(SPEECH_FOLDER)) return null;
  return {
    name: 'typographic-quotes',
    element: { filter: BLOCKS, visit: (node, ctx) => convert(node, ctx) },
  };
}
