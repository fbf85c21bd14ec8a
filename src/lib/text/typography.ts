import type { Nodes as MdastNodes } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/**
 * Typographic quotes for the editors' words: straight double and single quotes become “ ” and ‘ ’, and
 * apostrophes ’, by retext-smartypants (SmartyPants' rules on a parsed sentence). Only quotes: dashes,
 * ellipses and backticks are the writer's own, so every character maps to one character and a text split
 * into runs (the text nodes of a paragraph) can be converted as one text and split back.
 *
 * Never for the speaker's words: the official text prints straight quotes and is copied as it prints them.
 */
const typographer = retext().use(retextSmartypants, {
  quotes: true,
  dashes: false,
  ellipses: false,
  backticks: false,
});

const STRAIGHT_QUOTE = /["']/u;

/** One text with typographic quotes. */
export function typographic(text: string): string {
  if (!STRAIGHT_QUOTE.test(text)) return text;
  const converted = String(typographer.processSync(text));
  if (converted.length !== text.length)
    throw new Error(`The typographer changed more than quotes in: ${text.slice(0, 80)}`);
  return converted;
}

/** A piece of one block of text: its words, or words that are kept as they are (code, a value). */
export interface TextRun {
  text: string;
  /** Kept exactly (code, an address); it still counts as a word for the quotes around it. */
  verbatim?: boolean;
}

/**
 * The runs of one block (a paragraph's text nodes, across its links and emphasis) with typographic
 * quotes, decided on the whole block: a quote that closes a link's text in the run after it is a closing
 * one. Verbatim runs come back unchanged.
 */
export function typographicRuns(runs: readonly TextRun[]): string[] {
  const joined = runs.map((run) => (run.verbatim ? 'x'.repeat(run.text.length) : run.text)).join('');
  const converted = typographic(joined);
  let start = 0;
  return runs.map((run) => {
    const end = start + run.text.length;
    const text = run.verbatim ? run.text : converted.slice(start, end);
    start = end;
    return text;
  });
}

/** Markdown nodes whose text is code or a computed value: never retyped. */
const VERBATIM_MDAST = new Set(['inlineCode', 'code', 'mdxTextExpression', 'mdxFlowExpression']);

/** Markdown nodes that hold a block's phrasing: each is converted as one text. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * A parsed MDX body of the editors' prose (remark's tree) with typographic quotes, in place: the same
 * conversion the site's pages get as their MDX compiles (src/build/markdown/typographicQuotes.ts), for
 * what the model reads of the prose itself (search records, open data, the PDF and the EPUB).
 */
export function typographicMdast<T extends MdastNodes>(tree: T): T {
  const collect = (node: MdastNodes, into: { node: { value: string }; verbatim: boolean }[]) => {
    if (node.type === 'text') into.push({ node, verbatim: false });
    else if (VERBATIM_MDAST.has(node.type) && 'value' in node) into.push({ node, verbatim: true });
    else if ('children' in node) for (const child of node.children) collect(child, into);
  };
  const visit = (node: MdastNodes) => {
    if (PHRASING_BLOCKS.has(node.type)) {
      const texts: { node: { value: string }; verbatim: boolean }[] = [];
      collect(node, texts);
      const converted = typographicRuns(
        texts.map(({ node: text, verbatim }) => ({ text: text.value, verbatim })),
      );
      texts.forEach(({ node: text }, index) => (text.value = converted[index] ?? text.value));
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return tree;
}
