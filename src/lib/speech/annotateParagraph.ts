import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { chineseRuns } from '../text/chinese';
import type { NotedOccurrence } from '../glossary/occurrences';
import { wrapSentences } from './sentenceMarkup';
import { sentenceSpans } from './sentences';

/** What a note beside the text shows of a glossary entry. */
export interface NoteContent {
  term: string;
  definition: string;
  href: string;
  chinese?: string | undefined;
  pinyin?: string | undefined;
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

/** Ids of a note and of its reference mark: `p4-n2`, `p4-r2`. */
export const noteId = (paragraph: number, note: number) => `p${paragraph}-n${note}`;
export const noteRefId = (paragraph: number, note: number) => `p${paragraph}-r${note}`;

/** The Chinese beside a term, shown only when the reader asks for it. */
function chineseAside(entry: NoteContent): Element[] {
  if (!entry.chinese) return [];
  return [
    el('span', { className: ['term-zh'], lang: 'zh-Hans', dataEditorial: true, dataPagefindIgnore: 'all' }, [
      text(entry.chinese),
    ]),
  ];
}

// Editorial parts are data-pagefind-ignore="all", not just "index": otherwise Pagefind still copies their
// text into the stored text of each sentence anchor (pN-K), which every search result downloads.
/** The linked term, its Chinese, and for a noted use the reference mark and the sidenote itself. */
function annotation(words: string, occurrence: NotedOccurrence, entry: NoteContent): ElementContent[] {
  const link = el('a', { className: ['term'], href: entry.href, dataTerm: occurrence.entryId }, [
    text(words),
  ]);
  if (occurrence.note === undefined) return [link, ...chineseAside(entry)];
  const id = noteId(occurrence.paragraph, occurrence.note);
  const refId = noteRefId(occurrence.paragraph, occurrence.note);
  const reference = el(
    'a',
    { className: ['note-ref'], href: `#${id}`, id: refId, dataEditorial: true, dataPagefindIgnore: 'all' },
    [el('span', { className: ['sr-only'] }, [text(`Note on “${entry.term}”`)])],
  );
  const original = entry.chinese
    ? [
        text(' '),
        el('span', { lang: 'zh-Hans' }, [text(entry.chinese)]),
        text(' '),
        el('i', {}, [text(entry.pinyin ?? '')]),
      ]
    : [];
  const note = el(
    'span',
    { className: ['sidenote'], id, role: 'note', dataEditorial: true, dataPagefindIgnore: 'all' },
    [
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
      el('a', { className: ['sidenote-back'], href: `#${refId}` }, [text('Back to the text')]),
    ],
  );
  return [link, ...chineseAside(entry), reference, note];
}

/** Replaces one text node by its words with the occurrences inside [from, to) annotated. */
function splitText(
  node: Text,
  from: number,
  occurrences: NotedOccurrence[],
  entries: ReadonlyMap<string, NoteContent>,
) {
  const parts: ElementContent[] = [];
  let cursor = 0;
  for (const occurrence of occurrences) {
    const start = occurrence.start - from;
    const end = occurrence.end - from;
    if (start < 0 || end > node.value.length) {
      throw new Error(
        `¶${occurrence.paragraph}: "${occurrence.text}" crosses an element boundary in the rendered text.`,
      );
    }
    const entry = entries.get(occurrence.entryId);
    if (!entry) throw new Error(`¶${occurrence.paragraph}: unknown glossary entry "${occurrence.entryId}".`);
    if (start > cursor) parts.push(text(node.value.slice(cursor, start)));
    parts.push(...annotation(node.value.slice(start, end), occurrence, entry));
    cursor = end;
  }
  if (cursor < node.value.length) parts.push(text(node.value.slice(cursor)));
  return parts;
}

/**
 * Annotates a rendered paragraph: links every occurrence of a glossary entry and adds, for each noted
 * occurrence, a reference mark and a sidenote; then makes each sentence addressable (`id="pN-K"`). Occurrences are character offsets into the paragraph's
 * text (`paragraphText`, the words of the MDX); the speaker's words themselves are never changed, and
 * everything added is `data-editorial`.
 */
export function annotateParagraph(
  html: string,
  paragraph: number,
  paragraphText: string,
  occurrences: readonly NotedOccurrence[],
  entries: ReadonlyMap<string, NoteContent>,
): string {
  const tree: Root = fromHtml(html, { fragment: true });
  // The rendered text may carry whitespace around the paragraph; offsets count from its first word.
  const base = toString(tree).indexOf(paragraphText);
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
      const inside = occurrences.filter((o) => o.start >= from && o.start < offset);
      return inside.length ? splitText(child, from, inside, entries) : [child];
    });
  // A fragment's children are element content: it has no doctype.
  tree.children = annotateChildren(tree.children as ElementContent[]);
  const p = tree.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'p',
  );
  if (p) wrapSentences(p, sentenceSpans(paragraphText), paragraph);
  return toHtml(tree);
}
