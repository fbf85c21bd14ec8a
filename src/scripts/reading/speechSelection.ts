import { quoteText, type QuoteRuns } from '../../lib/citing/quote';
import {
  EDITORIAL,
  PARAGRAPH_CLASS,
  paragraphPermalinkOf,
  parseParagraphId,
  SENTENCE_CLASS,
} from '../../lib/contract';

/** Our own material, inside the speech or around it (notes, ¶ marks, buttons, headings, commentary). */
const OURS = `[${EDITORIAL}]`;
const PARAGRAPH = `.${PARAGRAPH_CLASS}[id]`;
const SENTENCE = `.${SENTENCE_CLASS}[id]`;

/** The speaker's words in a selection, and where they are. */
export interface SpeechSelection extends QuoteRuns {
  /** The selected words, spaced as the page spaces them, paragraphs apart (quoteText). */
  text: string;
  /** The paragraph the selection starts in. */
  paragraph: number;
  /** The id of the sentence it starts in (`p4-3`), or of the paragraph. */
  anchorId: string;
  /** The paragraph's canonical address, as its ¶ link carries it. */
  permalink: string;
}

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);

/** The part of a text node that the range covers. */
function selectedPart(range: Range, node: Text): string {
  const start = node === range.startContainer ? range.startOffset : 0;
  const end = node === range.endContainer ? range.endOffset : node.data.length;
  return node.data.slice(start, end);
}

/** The speaker's words in a range, by paragraph and in runs; and whether our material ends it. */
function speechIn(range: Range) {
  const common = elementOf(range.commonAncestorContainer) ?? document.body;
  const walker = document.createTreeWalker(common, NodeFilter.SHOW_TEXT);
  const paragraphs = new Map<Element, string>();
  const runs: string[] = [];
  let interrupted = true;
  let first: Element | undefined;
  let lastParagraph: Element | undefined;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (!(node instanceof Text) || !range.intersectsNode(node)) continue;
    const element = node.parentElement;
    const paragraph = element?.closest(PARAGRAPH);
    const part = selectedPart(range, node);
    if (!element || !paragraph || element.closest(OURS)) {
      if (part.trim()) interrupted = true;
      continue;
    }
    if (!part) continue;
    first ??= element;
    paragraphs.set(paragraph, (paragraphs.get(paragraph) ?? '') + part);
    // A paragraph's end interrupts the text as our material does.
    if (interrupted || paragraph !== lastParagraph) runs.push(part);
    else runs[runs.length - 1] += part;
    interrupted = false;
    lastParagraph = paragraph;
  }
  return { paragraphs: [...paragraphs.values()], runs, first, interrupted };
}

/**
 * The speaker's words in a range, or undefined when it holds none or lies inside one piece of our own
 * material (a note, a commentary), which then copies as it is. Text inside `[data-editorial]` is left out,
 * and where it interrupts the speech a new run starts (see QuoteRuns).
 */
export function speechSelectionOf(range: Range): SpeechSelection | undefined {
  if (elementOf(range.commonAncestorContainer)?.closest(OURS)) return undefined;
  const { paragraphs, runs, first } = speechIn(range);
  const text = quoteText(paragraphs);
  const paragraphElement = first?.closest(PARAGRAPH);
  const permalink = first && paragraphPermalinkOf(first);
  const paragraph = paragraphElement && parseParagraphId(paragraphElement.id);
  if (!text || !first || !permalink || !paragraphElement || !paragraph) return undefined;
  // The words just before the selection, when nothing of ours stands between them and it.
  const lead = document.createRange();
  lead.setStart(paragraphElement, 0);
  lead.setEnd(range.startContainer, range.startOffset);
  const preceding = speechIn(lead);
  return {
    text,
    runs,
    before: preceding.interrupted ? '' : (preceding.runs.at(-1) ?? ''),
    paragraph,
    anchorId: first.closest(SENTENCE)?.id ?? paragraphElement.id,
    permalink,
  };
}
