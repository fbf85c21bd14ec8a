import { rankResults, resultHits, type SearchHit } from '../lib/search/results';
import { isSearching, readSearchState, writeSearchState, type SearchState } from '../lib/search/state';
import { chineseRuns } from '../lib/text/chinese';
import { loadPagefind, type FilterCounts } from './pagefind';

// Each result's details are a separate fetch: the header shows a few, the search page more.
const MAX_RESULTS = { popover: 5, page: 12 };
const MAX_HITS = { popover: 8, page: 30 };

/**
 * `<speech-search>`: search as you type over Pagefind's index. In the header (`data-mode="popover"`)
 * the results drop below the field and close on Escape; on /search/ (`data-mode="page"`) they fill the
 * page, with kind and theme filters, and the address keeps `?q=` and the filters in step.
 * Arrow keys move through the results; each result is a link that lands on its paragraph.
 * The keyboard shortcuts to the header field live in searchOnDemand.ts, which loads this module.
 */
class SpeechSearch extends HTMLElement {
  #input = this.querySelector<HTMLInputElement>('input[name="q"]');
  #status = this.querySelector<HTMLElement>('[data-search-status]');
  #panel = this.querySelector<HTMLElement>('[data-search-panel]');
  #list = this.querySelector<HTMLOListElement>('[data-search-results]');
  #suggestions = this.querySelector<HTMLTemplateElement>('template[data-search-suggestions]');
  #page = this.dataset['mode'] === 'page';
  #mode: 'page' | 'popover' = this.#page ? 'page' : 'popover';
  #latest = 0;

  connectedCallback() {
    const input = this.#input;
    if (!input) return;
    if (this.#page) {
      // The address wins; without a search in it, the reader may have typed or ticked already.
      const state = readSearchState(new URLSearchParams(location.search));
      if (isSearching(state)) {
        input.value = state.query;
        for (const box of this.#filterBoxes())
          box.checked = [...state.kinds, ...state.themes].includes(box.value);
      }
      void this.#run();
      addEventListener('popstate', () => location.reload());
    }
    input.addEventListener('input', () => void this.#run());
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void this.#run();
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      if (!this.#page) return; // the header form goes to /search/
      event.preventDefault();
      history.pushState(null, '', `/search/${writeSearchState(this.#state())}`);
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.#page && !(event.relatedTarget instanceof Node && this.contains(event.relatedTarget)))
        this.#close();
    });
    // In the header this code loads on focus (searchOnDemand.ts): the reader may have typed already,
    // and may have moved on, in which case nothing should open.
    if (!this.#page && input.value && this.contains(document.activeElement)) void this.#run();
  }

  #filterBoxes() {
    return [
      ...this.querySelectorAll<HTMLInputElement>(
        'input[type="checkbox"][name="kind"], input[type="checkbox"][name="theme"]',
      ),
    ];
  }

  #state(): SearchState {
    const checked = (name: string) =>
      this.#filterBoxes()
        .filter((b) => b.name === name && b.checked)
        .map((b) => b.value);
    return { query: this.#input?.value.trim() ?? '', kinds: checked('kind'), themes: checked('theme') };
  }

  async #run() {
    const state = this.#state();
    const ticket = ++this.#latest;
    if (this.#page) history.replaceState(null, '', `/search/${writeSearchState(state)}`);
    if (!isSearching(state)) {
      if (this.#page) this.#showCounts(null);
      this.#render([], state);
      return;
    }
    const pagefind = await loadPagefind();
    const filters: Record<string, { any: string[] }> = {};
    if (state.kinds.length) filters['kind'] = { any: state.kinds };
    if (state.themes.length) filters['theme'] = { any: state.themes };
    const search = await pagefind.search(state.query || null, { filters });
    const data = await Promise.all(
      (search?.results ?? []).slice(0, MAX_RESULTS[this.#mode]).map((r) => r.data()),
    );
    if (ticket !== this.#latest) return; // a newer search has started
    if (this.#page && search) this.#showCounts(search.filters);
    const ranked = rankResults(data, state.query);
    this.#render(
      ranked.flatMap((result) => resultHits(result, state.query)).slice(0, MAX_HITS[this.#mode]),
      state,
    );
  }

  /** Shows each filter's count for the current search, or for the whole index (built into the page). */
  #showCounts(counts: FilterCounts | null) {
    for (const box of this.#filterBoxes()) {
      const count = this.querySelector<HTMLElement>(`[data-count-for="${CSS.escape(box.id)}"]`);
      if (count)
        count.textContent = `(${counts ? (counts[box.name]?.[box.value] ?? 0) : (count.dataset['total'] ?? '')})`;
    }
  }

  #render(hits: SearchHit[], state: SearchState) {
    if (!this.#list || !this.#status || !this.#panel) return;
    this.#list.replaceChildren(...hits.map((hit) => this.#item(hit)));
    const asked = state.query ? ` for “${state.query}”` : '';
    const searching = isSearching(state);
    const summary = !searching
      ? ''
      : hits.length === 0
        ? `No results${asked}. Try another word, or browse the themes and the glossary.`
        : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}${asked}.`;
    this.#status.textContent = summary;
    const visible = this.querySelector('[data-search-summary]');
    if (visible) visible.textContent = summary;
    this.#panel.hidden = !searching;
    const suggestions = this.querySelector('[data-search-suggestion-list]');
    suggestions?.remove();
    if (searching && hits.length === 0 && this.#suggestions) {
      this.#panel.append(this.#suggestions.content.cloneNode(true));
    }
  }

  #item(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.href;
    link.className = 'search-hit';
    const place = document.createElement('span');
    place.className = 'search-hit-place';
    place.textContent = hit.kind === 'Speech' ? `${hit.title} · ${hit.place}` : `${hit.place}: ${hit.title}`;
    const excerpt = document.createElement('span');
    excerpt.className = 'search-hit-excerpt';
    for (const part of hit.excerpt) {
      const holder = part.marked ? document.createElement('mark') : excerpt;
      for (const run of chineseRuns(part.text)) {
        if (!run.chinese) holder.append(run.text);
        else {
          const chinese = document.createElement('span');
          chinese.lang = 'zh-Hans';
          chinese.textContent = run.text;
          holder.append(chinese);
        }
      }
      if (holder !== excerpt) excerpt.append(holder);
    }
    link.append(place, excerpt);
    item.append(link);
    return item;
  }

  #onKey(event: KeyboardEvent) {
    const links = [...(this.#list?.querySelectorAll<HTMLAnchorElement>('a.search-hit') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0 || (index < 0 && document.activeElement !== this.#input)) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
      if (next < 0) this.#input?.focus();
      else links[next]?.focus();
    } else if (event.key === 'Escape' && !this.#page) {
      this.#close();
      this.#input?.focus();
    }
  }

  #close() {
    this.#latest += 1; // a search still under way must not reopen what the reader closed
    if (this.#panel) this.#panel.hidden = true;
  }
}

customElements.define('speech-search', SpeechSearch);
