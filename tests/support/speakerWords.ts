import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const PARAGRAPH_ID = /^p(\d+)$/u;

/** Text of an MDX subtree: every text node, in order, with block boundaries as spaces. */
function mdxText(node: MdastContent | MdastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(mdxText).join(node.type === 'paragraph' ? '' : ' ');
  return '';
}

/** The speaker's words in an MDX section file, keyed by the `n` of each `<Paragraph n={N}>`. */
export function paragraphsFromMdx(source: string): Map<number, string> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/u, ''); // the YAML frontmatter is not MDX
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const found = new Map<number, string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Paragraph') continue;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
    const raw = typeof attribute?.value === 'object' ? attribute.value?.value : attribute?.value;
    found.set(Number(raw), mdxText(node));
  }
  return found;
}

/** Removes every element marked `data-editorial`, so only the speaker's words remain. */
function withoutEditorial<T extends Element | HastRoot>(node: T): T {
  const keep = (child: HastContent) =>
    !(child.type === 'element' && child.properties['dataEditorial'] !== undefined);
  node.children = node.children.filter(keep) as T['children'];
  for (const child of node.children) if (child.type === 'element') withoutEditorial(child);
  return node;
}

/** The speaker's words on a built page, keyed by paragraph number from each `id="pN"` element. */
export function paragraphsFromHtml(html: string): Map<number, string> {
  const tree = unified().use(rehypeParse).parse(html);
  const found = new Map<number, string>();
  for (const element of selectAll('[id]', tree)) {
    const match = PARAGRAPH_ID.exec(String(element.properties['id']));
    if (match) found.set(Number(match[1]), hastToString(withoutEditorial(structuredClone(element))));
  }
  return found;
}
