import {
  ACTIVE_FILTERS,
  FILTER_COUNT_FOR,
  FILTER_TOTAL,
  SEARCH_FILTERS_CLASS,
  SEARCH_PAGE_ELEMENT,
} from '../../lib/contract';
import { countHits, type FilterName } from '../../lib/search/filters';
import { isSearching, readSearchState, writeSearchState, type SearchState } from '../../lib/search/state';
import { SearchElement } from './searchElement';

/** The search state's list for each filter group. */
const GROUP_STATE = { kind: 'kinds', theme: 'themes' } as const satisfies Record<
  FilterName,
  keyof SearchState
>;

/**
 * `<speech-search-page>`: the search on /search/. Every result fills the page (each page's details are a small
 * fetch), with kind and theme filters whose counts say how many of the results shown each holds; the
 * address keeps `?q=`, `kind=` and `theme=` in step, so a search can be shared and the back button returns
 * to the previous one. On narrow screens the filters fold into a disclosure that says how many are ticked.
 */
class SearchPage extends SearchElement {
  protected override readonly limits = { results: Number.POSITIVE_INFINITY, hits: Number.POSITIVE_INFINITY };

  protected override state(): SearchState {
    const checked = (name: string) =>
      this.#boxes()
        .filter((box) => box.name === name && box.checked)
        .map((box) => box.value);
    return { query: this.input?.value.trim() ?? '', kinds: checked('kind'), themes: checked('theme') };
  }

  protected override connect() {
    super.connect();
    const input = this.input;
    if (!input) return;
    // The address wins; without a search in it, the reader may have typed or ticked already.
    const asked = readSearchState(new URLSearchParams(location.search));
    if (isSearching(asked)) {
      input.value = asked.query;
      for (const box of this.#boxes()) box.checked = [...asked.kinds, ...asked.themes].includes(box.value);
    } else if (!input.value) {
      // Come to search (the header's button on a phone, a link): the field is where to start.
      input.focus();
    }
    // Wide screens show the filters beside the results (searchPage.css); this covers browsers whose CSS
    // cannot open a disclosure.
    const filters = this.querySelector(`details.${SEARCH_FILTERS_CLASS}`);
    if (filters instanceof HTMLDetailsElement && matchMedia('(width >= 48rem)').matches) filters.open = true;
    void this.search();
    this.listen(window, 'popstate', () => location.reload());
    this.listen(this, 'change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void this.search();
    });
    this.listen(this.querySelector('form') ?? this, 'submit', (event) => {
      event.preventDefault();
      history.pushState(null, '', `/search/${writeSearchState(this.state())}`);
    });
  }

  protected override async search() {
    const state = this.state();
    history.replaceState(null, '', `/search/${writeSearchState(state)}`);
    this.#showActive(state);
    // Busy until the counts match the results (a newer search takes over the flag).
    this.setAttribute('aria-busy', 'true');
    const hits = await super.search();
    if (hits === undefined) return hits;
    if (!isSearching(state)) {
      this.#showCounts(undefined);
      this.removeAttribute('aria-busy');
      return hits;
    }
    // A ticked group counts what each of its values would add: the hits without that group's filter.
    const widened: Partial<Record<FilterName, typeof hits>> = {};
    for (const name of Object.keys(GROUP_STATE) as FilterName[]) {
      const key = GROUP_STATE[name];
      if (state[key].length > 0)
        widened[name] = (await this.findHits({ ...state, [key]: [] }).catch(() => ({ hits: [] }))).hits;
    }
    // Drop the counts if the reader has changed the search meanwhile: the newer one will set them.
    if (writeSearchState(this.state()) === writeSearchState(state)) {
      this.#showCounts(countHits(hits, widened));
      this.removeAttribute('aria-busy');
    }
    return hits;
  }

  /** Each filter's count for the results shown, or for the whole index (built into the page). */
  #showCounts(counts: Record<FilterName, Record<string, number>> | undefined) {
    for (const box of this.#boxes()) {
      const count = this.querySelector(`[${FILTER_COUNT_FOR}="${CSS.escape(box.id)}"]`);
      if (!count) continue;
      const value = counts
        ? (counts[box.name as FilterName]?.[box.value] ?? 0)
        : count.getAttribute(FILTER_TOTAL);
      count.textContent = `(${value ?? ''})`;
    }
  }

  /** How many filters are ticked, on the disclosure that holds them on narrow screens. */
  #showActive(state: SearchState) {
    const active = state.kinds.length + state.themes.length;
    const label = this.querySelector(`[${ACTIVE_FILTERS}]`);
    if (label) label.textContent = active > 0 ? ` (${active} active)` : '';
  }

  #boxes() {
    return [
      ...this.querySelectorAll<HTMLInputElement>(
        'input[type="checkbox"][name="kind"], input[type="checkbox"][name="theme"]',
      ),
    ];
  }
}

customElements.define(SEARCH_PAGE_ELEMENT, SearchPage);
