import { ALSO_KNOWN_AS, parseParagraphId } from '../contract';
import { holdsWholeWord, shortWords } from './forgiving';
import { matchedParagraphs, type PagefindAnchor } from './landing';

/** The part of a Pagefind result this site uses (pagefind.js ships no types). */
export interface PagefindResultData {
  url: string;
  content: string;
  /** `aka`: a glossary entry's other renderings and Chinese, which count as its title in ranking. */
  meta: { title?: string; kind?: string; aka?: string; place?: string };
  anchors: PagefindAnchor[];
  locations: number[];
  /** The page's filter values: `{ kind: ['Speech'], theme: ['Cybersecurity', …] }`. */
  filters?: Record<string, string[]>;
}

/** A piece of an excerpt: the searched words are marked. Always text, never markup. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One line of the result list: where it is, a link that lands on it, and an excerpt. */
export interface SearchHit {
  href: string;
  title: string;
  place: string;
  kind: string;
  excerpt: ExcerptPart[];
  /** The filter values of the page it is on, which the search page counts. */
  filters: Record<string, string[]>;
}

const RADIUS = 14;
/** A word as Pagefind splits content (at whitespace): the punctuation before it, the word, the punctuation after. */
const WORD_AND_PUNCTUATION = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;
/** The kind of the editors' context records (lib/search/contextRecords.ts). */
export const CONTEXT = 'Context';
/** The kind of the speech's pages: their excerpts are the speaker's words. */
export const SPEECH = 'Speech';

/**
 * The words around one matched word of a page's indexed content (Pagefind counts word locations in
 * its content split at whitespace), with every matched word in the window marked.
 */
export function excerptAround(
  content: string,
  locations: readonly number[],
  center: number,
  radius = RADIUS,
  bounds: [number, number] = [0, Number.POSITIVE_INFINITY],
) {
  const words = content.split(/\s+/u);
  const end = Math.min(words.length, bounds[1]);
  const from = Math.max(bounds[0], center - radius);
  const to = Math.min(end, center + radius + 1);
  const hits = new Set(locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (from > bounds[0]) push('… ', false);
  for (let i = from; i < to; i += 1) {
    if (i > from) push(' ', false);
    const word = words[i] ?? '';
    if (!hits.has(i)) push(word, false);
    else {
      // The mark holds the word, not the punctuation around it ("technologies." marks "technologies").
      const [, before = '', inner = '', after = ''] = WORD_AND_PUNCTUATION.exec(word) ?? [];
      push(before, false);
      push(inner || word, true);
      push(after, false);
    }
  }
  if (to < end) push(' …', false);
  return parts;
}

const queryWords = (query: string) =>
  query
    .toLowerCase()
    .split(/[\s"]+/u)
    .filter((word) => word.length >= 2);

/**
 * Pagefind matches a short word as the start of longer ones ("UN" finds "under"): what holds each short
 * searched word whole comes first, keeping the order otherwise.
 */
function wholeWordsFirst<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const short = shortWords(query);
  if (short.length === 0) return [...items];
  const whole = (item: T) => short.every((word) => holdsWholeWord(text(item), word));
  return [...items.filter(whole), ...items.filter((item) => !whole(item))];
}

/**
 * Puts speech passages, and glossary entries and themes whose title (or other rendering) holds every
 * searched word, before pages that only mention the words in passing, and the editors' context (the
 * introduction, commentary, timeline) after the pages, so the speaker's words always come first;
 * Pagefind's order is kept within each group. Pages holding a short searched word whole lead.
 */
export function rankResults<T extends PagefindResultData>(results: readonly T[], query: string): T[] {
  const words = queryWords(query);
  const pages = wholeWordsFirst(
    results.filter((result) => result.meta.kind !== CONTEXT),
    query,
    (result) => `${result.meta.title ?? ''} ${result.content}`,
  );
  const primary = (result: T) => {
    if (result.meta.kind === 'Speech' || words.length === 0) return true;
    const names = `${result.meta.title ?? ''} ${result.meta.aka ?? ''}`.toLowerCase();
    return words.every((word) => names.includes(word.slice(0, Math.max(2, word.length - 2))));
  };
  return [
    ...pages.filter(primary),
    ...pages.filter((result) => !primary(result)),
    ...results.filter((result) => result.meta.kind === CONTEXT),
  ];
}

/**
 * The link to a hit: its page, the searched words to highlight there, and the paragraph (or the place
 * the record's own address names, `/timeline/#event-…`). The words are highlighted in the speaker's text
 * only, so a record of the editors' context gets none.
 */
export function hitHref(url: string, query: string, anchor?: string, highlights = true): string {
  const [page = url, own] = url.split('#');
  const fragment = anchor ?? own;
  const highlight = highlights && query.trim() ? `?highlight=${encodeURIComponent(query.trim())}` : '';
  return `${page}${highlight}${fragment ? `#${fragment}` : ''}`;
}

/**
 * Turns one Pagefind result into hits: a speech page gives one hit per paragraph its matches fall in
 * (landing on `#pN`), a glossary entry or theme gives one hit for the page.
 */
export function resultHits(result: PagefindResultData, query: string): SearchHit[] {
  const title = result.meta.title ?? result.url;
  const kind = result.meta.kind ?? 'Page';
  const sorted = [...result.locations].sort((a, b) => a - b);
  const paragraphs = kind === 'Speech' ? matchedParagraphs(result.anchors, sorted) : [];
  if (paragraphs.length === 0) {
    return [
      {
        href: hitHref(result.url, query, undefined, kind !== CONTEXT),
        title,
        place: result.meta.place ?? kind,
        kind,
        excerpt: excerptAround(result.content, sorted, sorted[0] ?? 0),
        filters: result.filters ?? {},
      },
    ];
  }
  const words = result.content.split(/\s+/u);
  return paragraphs.map((id) => {
    const start = result.anchors.find((a) => a.id === id)?.location ?? 0;
    const sentinel = words.indexOf(ALSO_KNOWN_AS, start);
    const nextAnchor = result.anchors.find(
      (a) => parseParagraphId(a.id) !== undefined && a.location > start,
    )?.location;
    const end =
      sentinel >= 0 && (nextAnchor === undefined || sentinel < nextAnchor)
        ? sentinel
        : (nextAnchor ?? words.length);
    const inText = sorted.filter((location) => location >= start && location < end);
    const viaRendering = sorted.filter(
      (location) => location > end && (nextAnchor === undefined || location < nextAnchor),
    );
    const excerpt = excerptAround(result.content, inText, inText[0] ?? start, RADIUS, [start, end]);
    if (inText.length === 0 && viaRendering.length > 0) {
      const names = [
        ...new Set(viaRendering.map((location) => (words[location] ?? '').replace(/[;,.]$/u, ''))),
      ];
      excerpt.push(
        { text: ' (found as ', marked: false },
        { text: names.join(', '), marked: true },
        { text: ')', marked: false },
      );
    }
    return {
      href: hitHref(result.url, query, id),
      title,
      place: `¶${parseParagraphId(id) ?? ''}`,
      kind,
      excerpt,
      filters: result.filters ?? {},
    };
  });
}

/**
 * The hits in the order to show them: those whose marked words are a short searched word whole before
 * those marked only for a longer word it begins, the editors' context last as rankResults put it.
 */
export function rankHits(hits: readonly SearchHit[], query: string): SearchHit[] {
  const marked = (hit: SearchHit) =>
    hit.excerpt
      .filter((part) => part.marked)
      .map((part) => part.text)
      .join(' ');
  return [
    ...wholeWordsFirst(
      hits.filter((hit) => hit.kind !== CONTEXT),
      query,
      (hit) => `${hit.title} ${marked(hit)}`,
    ),
    ...hits.filter((hit) => hit.kind === CONTEXT),
  ];
}
