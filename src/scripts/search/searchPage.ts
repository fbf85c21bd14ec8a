import { isSearching, readSearchState, writeSearchState, type SearchState } from '../../lib/search/state';
import type { FilterCounts } from './pagefind';
import { SearchElement } from './searchElement';

/**
 * `<search-page>`: the search on /search/. Results fill the page, with kind and theme filters whose
 * counts follow the results; the address keeps `?q=`, `kind=` and `theme=` in step, so a search can be
 * shared and the back button returns to the previous one.
 */
class SearchPage extends SearchElement {
  protected override readonly limits = { results: 12, hits: 30 };

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
    }
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
    history.replaceState(null, '', `/search/${writeSearchState(this.state())}`);
    const counts = await super.search();
    if (counts !== undefined) this.#showCounts(counts);
    return counts;
  }

  /** Each filter's count for the current results, or for the whole index (built into the page). */
  #showCounts(counts: FilterCounts | null) {
    for (const box of this.#boxes()) {
      const count = this.querySelector<HTMLElement>(`[data-count-for="${CSS.escape(box.id)}"]`);
      if (count)
        count.textContent = `(${counts ? (counts[box.name]?.[box.value] ?? 0) : (count.dataset['total'] ?? '')})`;
    }
  }

  #boxes() {
    return [
      ...this.querySelectorAll<HTMLInputElement>(
        'input[type="checkbox"][name="kind"], input[type="checkbox"][name="theme"]',
      ),
    ];
  }
}

customElements.define('search-page', SearchPage);
