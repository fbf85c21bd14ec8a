import { EDITORIAL, SEARCH_HIGHLIGHT_ELEMENT } from '../../lib/contract';
import { highlightPattern } from '../../lib/search/highlight';
import highlightStyles from '../../styles/onDemand/highlight.css?url';
import { ConnectedElement } from '../connectedElement';
import { loadStylesheet } from '../stylesheet';

const SKIP = `[${EDITORIAL}], [data-pagefind-ignore], script, style, mark`;

/** Wraps every match of the pattern in the text of `root` (the speaker's words, not our notes) in <mark>. */
function markMatches(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const matches = [...(text.data.matchAll(pattern) ?? [])];
    for (const match of matches.reverse()) {
      const hit = text.splitText(match.index);
      hit.splitText(match[0].length);
      const mark = document.createElement('mark');
      mark.className = 'search-match';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.unshift(mark);
    }
  }
  return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * `<speech-search-highlight>`: on a page reached from search (`?highlight=words`), marks the searched words in
 * the text and offers a small bar to step to the previous and next match and to clear the marks.
 */
class SearchHighlight extends ConnectedElement {
  #marks: HTMLElement[] = [];
  #current = 0;
  #query = '';

  protected connect() {
    const query = new URLSearchParams(location.search).get('highlight') ?? '';
    const pattern = highlightPattern(query);
    const root = document.querySelector('[data-pagefind-body]');
    if (!pattern || !root) return;
    this.#marks = markMatches(root, pattern);
    if (this.#marks.length === 0) return;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    this.#current = Math.max(
      0,
      this.#marks.findIndex((mark) => target?.contains(mark)),
    );
    this.#query = query;
    const actions = { previous: () => this.#go(-1), next: () => this.#go(1), clear: () => this.#clear() };
    for (const [name, action] of Object.entries(actions)) {
      const button = this.querySelector(`[data-${name}]`);
      if (button) this.listen(button, 'click', action);
    }
    this.hidden = false;
    this.#show(false);
  }

  #go(step: number) {
    this.#current = (this.#current + step + this.#marks.length) % this.#marks.length;
    this.#show(true);
  }

  #show(scroll: boolean) {
    this.#marks.forEach((mark, i) => mark.setAttribute('aria-current', String(i === this.#current)));
    const summary = this.querySelector('[data-summary]');
    if (summary)
      summary.textContent = `Matches for “${this.#query}”: ${this.#current + 1} of ${this.#marks.length}`;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (scroll)
      this.#marks[this.#current]?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  #clear() {
    for (const mark of this.#marks) mark.replaceWith(...mark.childNodes);
    this.#marks = [];
    this.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('highlight');
    history.replaceState(null, '', url);
  }
}

/** The bar, built here rather than carried by every page, since only a page reached from search shows it. */
function highlightBar(): HTMLElement {
  const bar = document.createElement(SEARCH_HIGHLIGHT_ELEMENT);
  bar.hidden = true;
  bar.className = 'highlight-bar no-print';
  const buttons = ['Previous', 'Next', 'Clear'].map(
    (label) => `<button type="button" data-${label.toLowerCase()} class="control py-0.5">${label}</button>`,
  );
  // Fixed markup: the reader's query is only ever set as text (#show).
  bar.innerHTML = `<section aria-label="Search matches on this page" class="contents"><span class="me-auto" data-summary aria-live="polite"></span>${buttons.join('')}</section>`;
  return bar;
}

// The marks and the bar are styled by their own sheet: nothing is marked before it has loaded.
void loadStylesheet(highlightStyles).then(() => {
  customElements.define(SEARCH_HIGHLIGHT_ELEMENT, SearchHighlight);
  document.body.append(highlightBar());
});
