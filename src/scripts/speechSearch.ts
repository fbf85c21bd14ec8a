import { matchedParagraphs, type PagefindAnchor } from '../lib/searchLanding';

/** The part of Pagefind's browser API this element uses (pagefind.js ships no types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors: PagefindAnchor[];
  locations: number[];
}
interface PagefindApi {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind on first use only, so pages that never search never fetch the index. */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>;
  return pagefind;
}

/**
 * `<speech-search>`: runs the query in its form's input as the reader types, lists the hits with a
 * link to the paragraph each one is in, and keeps `?q=` in the address bar in step with the input.
 */
class SpeechSearch extends HTMLElement {
  #input = this.querySelector<HTMLInputElement>('input[name="q"]');
  #status = this.querySelector<HTMLElement>('[data-search-status]');
  #list = this.querySelector<HTMLOListElement>('[data-search-results]');
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!this.#input || !form) return;
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    this.#input.value = initial;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#input.addEventListener('input', () => {
      const url = new URL(location.href);
      url.searchParams.set('q', this.#input?.value ?? '');
      history.replaceState(null, '', url);
      void this.#run();
    });
    if (initial.trim()) void this.#run();
  }

  async #run() {
    const query = this.#input?.value.trim() ?? '';
    const ticket = ++this.#latest;
    if (!query) {
      this.#show([], '');
      return;
    }
    const api = await loadPagefind();
    const search = await api.search(query);
    const data = await Promise.all((search?.results ?? []).slice(0, 20).map((result) => result.data()));
    if (ticket !== this.#latest) return; // a newer query has started
    this.#show(data, query);
  }

  #show(results: PagefindResultData[], query: string) {
    if (!this.#list || !this.#status) return;
    this.#list.replaceChildren(...results.map((result) => this.#item(result)));
    this.#status.textContent = !query
      ? ''
      : results.length === 0
        ? `No results for “${query}”.`
        : `${results.length} ${results.length === 1 ? 'page' : 'pages'} found for “${query}”.`;
  }

  #item(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'border-b border-rule py-4';
    const title = document.createElement('a');
    const paragraphs = matchedParagraphs(result.anchors, result.locations);
    title.href = paragraphs[0] ? `${result.url}#${paragraphs[0]}` : result.url;
    title.className = 'font-semibold';
    title.textContent = result.meta.title ?? result.url;
    const where = document.createElement('span');
    where.className = 'ms-2 text-sm text-muted';
    where.textContent = paragraphs.map((id) => `¶${id.slice(1)}`).join(', ');
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 font-serif';
    // Pagefind's excerpt is text from our own pages, HTML-escaped by Pagefind, with <mark> around hits.
    excerpt.innerHTML = result.excerpt;
    item.append(title, where, excerpt);
    return item;
  }
}

customElements.define('speech-search', SpeechSearch);
