import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { NOTE_BACK_CLASS, NOTE_CLASS, NOTE_MARK_CLASS, noteId, noteMarkId } from '../contract';
import { chineseRuns } from '../text/chinese';
import { EDITORIAL_PART, wrapSentences } from './sentenceMarkup';
import type { SentenceSpan } from './sentences';

/** What a note beside the text shows of a glossary entry. */
export interface NotedEntry {
  id: string;
  term: string;
  definition: string;
  href: string;
  chinese?: string | undefined;
  pinyin?: string | undefined;
}

/** A use of an entry at characters [start, end) of the paragraph; `note` numbers the use that carries a note. */
export interface AnnotatedUse {
  entry: NotedEntry;
  start: number;
  end: number;
  text: string;
  note: number | undefined;
}

/** The paragraph to annotate: its number, its words, their sentences and the uses of glossary entries. */
export interface AnnotatedParagraph {
  number: number;
  text: string;
  sentences: readonly SentenceSpan[];
  uses: readonly AnnotatedUse[];
}

const el = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

/** The Chinese beside a term, shown only when the reader asks for it. */
function chineseAside(entry: NotedEntry): Element[] {
  if (!entry.chinese) return [];
  return [el('span', { className: ['term-zh'], lang: 'zh-Hans', ...EDITORIAL_PART }, [text(entry.chinese)])];
}

/**
 * The linked term, for a noted use the reference mark and the sidenote itself, then the term's Chinese:
 * the number follows the English words it notes, whether the Chinese is shown or not.
 */
function annotation(words: string, paragraph: number, use: AnnotatedUse): ElementContent[] {
  const { entry } = use;
  const link = el('a', { className: ['term'], href: entry.href }, [text(words)]);
  if (use.note === undefined) return [link, ...chineseAside(entry)];
  const id = noteId(paragraph, use.note);
  const refId = noteMarkId(paragraph, use.note);
  const reference = el('a', { className: [NOTE_MARK_CLASS], href: `#${id}`, id: refId, ...EDITORIAL_PART }, [
    el('span', { className: ['sr-only'] }, [text(`Note on “${entry.term}”`)]),
  ]);
  const original = entry.chinese
    ? [
        text(' '),
        el('span', { lang: 'zh-Hans' }, [text(entry.chinese)]),
        text(' '),
        el('i', {}, [text(entry.pinyin ?? '')]),
      ]
    : [];
  const note = el('span', { className: [NOTE_CLASS], id, role: 'note', ...EDITORIAL_PART }, [
    el('b', { className: ['sidenote-term'] }, [text(entry.term)]),
    ...original,
    text('. '),
    ...chineseRuns(entry.definition).map((run) =>
      run.chinese ? el('span', { lang: 'zh-Hans' }, [text(run.text)]) : text(run.text),
    ),
    text(' '),
    el('a', { href: entry.href }, [
      text('Glossary entry'),
      el('span', { className: ['sr-only'] }, [text(`: ${entry.term}`)]),
    ]),
    text(' '),
    el('a', { className: [NOTE_BACK_CLASS], href: `#${refId}` }, [text('Back to the text')]),
  ]);
  return [link, reference, note, ...chineseAside(entry)];
}

/** Replaces one text node by its words with the uses inside [from, to) annotated. */
function splitText(node: Text, from: number, paragraph: number, uses: readonly AnnotatedUse[]) {
  const parts: ElementContent[] = [];
  let cursor = 0;
  for (const use of uses) {
    const start = use.start - from;
    const end = use.end - from;
    if (start < 0 || end > node.value.length) {
      throw new Error(`¶${paragraph}: "${use.text}" crosses an element boundary in the rendered text.`);
    }
    if (start > cursor) parts.push(text(node.value.slice(cursor, start)));
    parts.push(...annotation(node.value.slice(start, end), paragraph, use));
    cursor = end;
  }
  if (cursor < node.value.length) parts.push(text(node.value.slice(cursor)));
  return parts;
}

/**
 * Annotates a rendered paragraph: links every use of a glossary entry and adds, for each noted
 * use, a reference mark and a sidenote; then makes each sentence addressable (`id="pN-K"`).
 * Uses are character offsets into the paragraph's text (the words of the MDX); the speaker's
 * words themselves are never changed, and everything added is `data-editorial`.
 */
export function annotateParagraph(html: string, paragraph: AnnotatedParagraph): string {
  const { number, uses } = paragraph;
  const tree: Root = fromHtml(html, { fragment: true });
  // The rendered text may carry whitespace around the paragraph; offsets count from its first word.
  const base = toString(tree).indexOf(paragraph.text);
  if (base < 0) throw new Error('The rendered paragraph does not contain the words of its MDX.');
  let offset = -base;
  const annotateChildren = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child) => {
      if (child.type === 'element') {
        child.children = annotateChildren(child.children);
        return [child];
      }
      if (child.type !== 'text') return [child];
      const from = offset;
      offset += child.value.length;
      const inside = uses.filter((o) => o.start >= from && o.start < offset);
      return inside.length ? splitText(child, from, number, inside) : [child];
    });
  // A fragment's children are element content: it has no doctype.
  tree.children = annotateChildren(tree.children as ElementContent[]);
  const p = tree.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'p',
  );
  if (p) wrapSentences(p, paragraph.sentences, number);
  return toHtml(tree);
}
