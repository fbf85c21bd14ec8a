import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SOURCE_NOTE } from '../context/sourceNotes';
import { chineseRuns } from '../text/chinese';
import { typographicMdast } from '../text/typography';

/**
 * The editors' prose (the introduction, a commentary, a part of content/prose/) as plain records, for the
 * formats that are not web pages (the PDF and the EPUB): blocks of inline runs, each run text, a link or
 * a source note.
 */
export type Inline =
  | { kind: 'text'; text: string; chinese: boolean; emphasis: boolean }
  | { kind: 'link'; text: string; href: string }
  /** The n-th source note of the body (numbered from 1 in each body, as on the site). */
  | { kind: 'note'; number: number };

export type ProseBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** The source's notices (its rights notice and copyright line), quoted as it prints them. */
  | { kind: 'notices'; lines: readonly string[] };

/**
 * How the book sets a component the prose uses: as runs inside a paragraph, as a block of its own, or
 * not at all (a control that only the site has).
 */
export type BookComponent = { inlines: Inline[] } | { block: ProseBlock } | 'omit';

/** What a body of prose may name besides plain Markdown: values (`{props.version.number}`) and components. */
export interface ProseContext {
  /** The file, for messages. */
  file: string;
  values: object;
  components: Readonly<Record<string, BookComponent>>;
}

const parser = unified().use(remarkParse).use(remarkMdx);

const textOf = (node: RootContent): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? node.value
    : 'children' in node
      ? node.children.map(textOf).join('')
      : '';

const text = (value: string, emphasis: boolean): Inline[] =>
  chineseRuns(value).map((run) => ({ kind: 'text', ...run, emphasis }));

/** The value an expression names: only `props.a.b` paths, and only names that exist. */
function valueOf(expression: string, context: ProseContext | undefined): string {
  const path = /^\s*props((?:\.\w+)+)\s*$/u.exec(expression)?.[1];
  if (!context || !path)
    throw new Error(`${context?.file ?? 'Prose'}: {${expression}} is not a value the book can print.`);
  let value: unknown = context.values;
  for (const key of path.slice(1).split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value))
      throw new Error(`${context.file}: {props${path}} names no value (lib/prose/values.ts).`);
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new Error(`${context.file}: {props${path}} is not a text or a number.`);
  return String(value);
}

function component(name: string | null, context: ProseContext | undefined): BookComponent {
  const found = name === null ? undefined : context?.components[name];
  if (!found)
    throw new Error(
      `${context?.file ?? 'Prose'}: the book cannot print <${name ?? ''}>; it prints ${Object.keys(context?.components ?? {}).join(', ') || 'no component'}.`,
    );
  return found;
}

function inlines(
  nodes: readonly PhrasingContent[],
  counter: { notes: number },
  context: ProseContext | undefined,
  emphasis = false,
): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'text' || node.type === 'inlineCode') return text(node.value, emphasis);
    if (node.type === 'emphasis' || node.type === 'strong')
      return inlines(node.children, counter, context, true);
    if (node.type === 'link') return [{ kind: 'link', text: textOf(node), href: node.url }];
    if (node.type === 'mdxTextExpression') return text(valueOf(node.value, context), emphasis);
    if (node.type === 'mdxJsxTextElement' && node.name === SOURCE_NOTE) {
      counter.notes += 1;
      return [{ kind: 'note', number: counter.notes }];
    }
    if (node.type === 'mdxJsxTextElement') {
      const set = component(node.name, context);
      if (set === 'omit') return [];
      if ('inlines' in set) return set.inlines;
      throw new Error(
        `${context?.file ?? 'Prose'}: <${node.name ?? ''}> stands inside a paragraph, but is a block.`,
      );
    }
    if (node.type === 'break') return [{ kind: 'text', text: ' ', chinese: false, emphasis }];
    if ('children' in node) return inlines(node.children as PhrasingContent[], counter, context, emphasis);
    return [];
  });
}

/**
 * The blocks of an MDX body: its `##` headings, paragraphs and bulleted lists, in order, and what its
 * values and components give (`context`, for the prose of content/prose/). Source notes are numbered in
 * the order they stand, as `numberSourceNotes` numbers them where the MDX compiles.
 */
export function mdxProse(body: string, context?: ProseContext): ProseBlock[] {
  const counter = { notes: 0 };
  const blocks: ProseBlock[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'heading') blocks.push({ kind: 'heading', text: textOf(node) });
    else if (node.type === 'paragraph')
      blocks.push({ kind: 'paragraph', inlines: inlines(node.children, counter, context) });
    else if (node.type === 'list')
      blocks.push({
        kind: 'list',
        items: node.children.map((item) =>
          item.children.flatMap((child) =>
            child.type === 'paragraph' ? inlines(child.children, counter, context) : [],
          ),
        ),
      });
    else if (node.type === 'mdxJsxFlowElement') {
      const set = component(node.name, context);
      if (set === 'omit') return;
      blocks.push('block' in set ? set.block : { kind: 'paragraph', inlines: set.inlines });
    } else if (node.type === 'root' || node.type === 'blockquote') node.children.forEach(visit);
  };
  visit(typographicMdast(parser.parse(body)));
  return blocks;
}
