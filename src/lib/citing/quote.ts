import { DIRECTIVE_DELIMITER } from '../contract';

/**
 * Quoting the speech: the words a reader selected, as plain text and HTML, with a citation and a link
 * that lands on those words. Pure functions; the page's selection is read in scripts/reading/quoting.ts.
 */

/** The speech's words as the page spaced them: runs of white space are one space, paragraph ends a blank line. */
export function quoteText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((text) => text.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A text directive's value, percent-encoded as the URL Fragment Text Directives spec requires: everything
 * encodeURIComponent encodes (so "&" and "," among them), and "-", which the directive's syntax reserves.
 */
export function encodeDirectiveText(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}

const words = (text: string) => text.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);

/** Up to this many words are matched whole; a longer quote is matched by its first and last words. */
const EXACT_WORDS = 10;
/** How many words of a long quote's start and end, and of the context before it, the directive names. */
const EDGE_WORDS = 4;

/** What a text directive needs: the quote as runs of uninterrupted text, and the words just before it. */
export interface QuoteRuns {
  /**
   * The quote cut where the page interrupts it (a paragraph's end, a note mark): a browser matches each
   * piece of a directive only within uninterrupted text, so each piece comes from one run.
   */
  runs: readonly string[];
  /** The speaker's words just before the quote in its first run, if any: they tell repeated words apart. */
  before?: string;
}

/**
 * The text directive (`text=…`) for a quote: the whole quote when it is one short run, otherwise its
 * first words and last words (`text=start,end`), with a prefix of the words before it when there are any.
 * Returns undefined for a quote with no words.
 */
export function textDirective({ runs, before = '' }: QuoteRuns): string | undefined {
  const pieces = runs.map(words).filter((run) => run.length > 0);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return undefined;
  const prefixWords = words(before).slice(-EDGE_WORDS);
  const prefix = prefixWords.length > 0 ? `${encodeDirectiveText(prefixWords.join(' '))}-,` : '';
  if (pieces.length === 1 && first.length <= EXACT_WORDS)
    return `text=${prefix}${encodeDirectiveText(first.join(' '))}`;
  // A start from the first run and an end from the last (the two ends of a long single run do not overlap).
  const start = first.slice(0, EDGE_WORDS);
  const end = last.slice(-EDGE_WORDS);
  return `text=${prefix}${encodeDirectiveText(start.join(' '))},${encodeDirectiveText(end.join(' '))}`;
}

/**
 * The link to a quote: the sentence it starts in, on the paragraph's canonical page, with a text directive
 * (`…/speech/cybersecurity/#p4-3:~:text=…`). A browser without text fragments still lands on the sentence.
 */
export function quoteLink(permalink: string, anchorId: string, quote: QuoteRuns): string {
  const url = new URL(permalink);
  const directive = textDirective(quote);
  url.hash = directive ? `${anchorId}${DIRECTIVE_DELIMITER}${directive}` : anchorId;
  return url.href;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A quote ready for the clipboard: the words in quotation marks, then the citation, which names the link
 * to them; in the HTML flavour that link is a real one.
 */
export function formatQuote(text: string, citation: string, link: string): { plain: string; html: string } {
  const paragraphs = text.split('\n\n');
  const quoted = paragraphs.map(
    (p, i) => `${i === 0 ? '“' : ''}${p}${i === paragraphs.length - 1 ? '”' : ''}`,
  );
  const anchor = `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
  return {
    plain: `${quoted.join('\n\n')}\n\n${citation}`,
    html:
      `<blockquote>${quoted.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>` +
      `<p>${escapeHtml(citation).replace(escapeHtml(link), anchor)}</p>`,
  };
}

/** The speaker's words alone for the clipboard, as plain text and HTML paragraphs. */
export function formatWords(text: string): { plain: string; html: string } {
  return {
    plain: text,
    html: text
      .split('\n\n')
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join(''),
  };
}
