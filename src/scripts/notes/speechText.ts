import { EDITORIAL } from '../../lib/contract';

/** A text node of the speaker's words, and where it starts in its paragraph's words. */
interface SpeechNode {
  node: Text;
  start: number;
}

/**
 * A paragraph element's words as the speaker's text nodes (our own material, `[data-editorial]`, left
 * out), so that a place in the page and a place in the words can be turned into each other. The words
 * are the paragraph's verbatim text, as the open data gives it.
 */
export class ParagraphWords {
  readonly nodes: readonly SpeechNode[];
  readonly text: string;

  constructor(readonly element: Element) {
    const nodes: SpeechNode[] = [];
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text) || node.parentElement?.closest(`[${EDITORIAL}]`)) continue;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    this.nodes = nodes;
    this.text = text;
  }

  /** Where a boundary point of a range (a node and an offset in it) falls in the words. */
  offsetOf(container: Node, offset: number): number {
    const own = this.nodes.find(({ node }) => node === container);
    if (own) return own.start + offset;
    // A point between nodes, or in our own material: the words that follow it.
    const point = document.createRange();
    point.setStart(container, offset);
    const next = this.nodes.find(({ node }) => point.comparePoint(node, 0) >= 0);
    return next ? next.start : this.text.length;
  }

  /** The pieces of text nodes that hold words [start, end), in order. */
  piecesOf(start: number, end: number): { node: Text; from: number; to: number }[] {
    return this.nodes
      .map(({ node, start: at }) => ({
        node,
        from: Math.max(0, start - at),
        to: Math.min(node.data.length, end - at),
      }))
      .filter(({ from, to }) => from < to);
  }
}
