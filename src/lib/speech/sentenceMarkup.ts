import type { Element, ElementContent, Text } from 'hast';
import { EDITORIAL, SENTENCE_CLASS, SENTENCE_LINK_CLASS, sentenceId } from '../contract';
import type { SentenceSpan } from './sentences';

/** A data attribute's name as hast holds it among an element's properties: `data-editorial` is `dataEditorial`. */
const hastProperty = (attribute: string) =>
  attribute.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());
const EDITORIAL_PROPERTY = hastProperty(EDITORIAL);

// Editorial parts are data-pagefind-ignore="all", not just "index": otherwise Pagefind still copies their
// text into the stored text of each sentence anchor (pN-K), which every search result downloads.
/** The properties of what we add inside a paragraph: ours, not the speaker's, and not indexed. */
export const EDITORIAL_PART = { [EDITORIAL_PROPERTY]: true, dataPagefindIgnore: 'all' };

const isEditorial = (node: ElementContent) =>
  node.type === 'element' && node.properties[EDITORIAL_PROPERTY] !== undefined;

/** Length of the speaker's words in a node: its text, not counting editorial elements. */
function speakerLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element' || isEditorial(node)) return 0;
  return node.children.reduce((sum, child) => sum + speakerLength(child), 0);
}

/** A link that marks sentence K as addressable: `#p4-3`, shown on hover or focus. Editorial. */
function sentenceLink(paragraph: number, sentence: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [SENTENCE_LINK_CLASS],
      href: `#${sentenceId(paragraph, sentence)}`,
      ariaLabel: `Link to sentence ${sentence} of paragraph ${paragraph}`,
      ...EDITORIAL_PART,
    },
    children: [{ type: 'text', value: '#' }],
  };
}

/**
 * Groups the children of a paragraph's <p> into one `<span class="sentence" id="pN-K">` per sentence,
 * splitting text at the spaces between sentences; the speaker's words are not changed. An element
 * (a linked term, a note) goes with the sentence its words start in; an editorial element with no
 * words of the speaker goes with the sentence before it.
 */
export function wrapSentences(p: Element, spans: readonly SentenceSpan[], paragraph: number): void {
  const sentences: ElementContent[][] = spans.map(() => []);
  const gaps: ElementContent[][] = spans.map(() => []);
  const indexAt = (offset: number) => spans.findIndex((span) => offset < span.end);
  let offset = 0;
  let last = 0;
  for (const child of p.children) {
    if (child.type !== 'text') {
      const length = speakerLength(child);
      const index = length > 0 ? indexAt(offset) : last;
      (sentences[index] ?? sentences[last])?.push(child);
      if (length > 0) last = index;
      offset += length;
      continue;
    }
    let cursor = 0;
    while (cursor < child.value.length) {
      const at = offset + cursor;
      const index = indexAt(at);
      const span = spans[index];
      if (!span || at < span.start) {
        // Space between two sentences: it belongs to neither.
        const end = span ? Math.min(child.value.length, span.start - offset) : child.value.length;
        gaps[Math.max(0, index - 1)]?.push({
          type: 'text',
          value: child.value.slice(cursor, end),
        } satisfies Text);
        cursor = end;
        continue;
      }
      const end = Math.min(child.value.length, span.end - offset);
      sentences[index]?.push({ type: 'text', value: child.value.slice(cursor, end) });
      last = index;
      cursor = end;
    }
    offset += child.value.length;
  }
  p.children = sentences.flatMap((children, i) => [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: [SENTENCE_CLASS], id: sentenceId(paragraph, i + 1) },
      children: [...children, sentenceLink(paragraph, i + 1)],
    } satisfies Element,
    ...(gaps[i] ?? []),
  ]);
}
