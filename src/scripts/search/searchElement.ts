import { paths } from '../../lib/contract';
import { CONTEXT, rankResults, resultHits, type SearchHit } from '../../lib/search/results';
import { isSearching, type SearchState } from '../../lib/search/state';
import { chineseRuns } from '../../lib/text/chinese';
import searchStyles from '../../styles/onDemand/search.css?url';
import { ConnectedElement } from '../connectedElement';
import { loadStylesheet } from '../stylesheet';
import { loadPagefind } from './pagefind';

/**
 * What the header search (`<speech-search>`) and the search page (`<search-page>`) share: a field that
 * searches Pagefind's index as the reader types, a list of results that land on their paragraphs, a
 * spoken summary, and arrow keys through the results. Each search has a ticket: results that arrive
 * after a newer search started, or after the reader closed the results, are dropped.
 */
export abstract class SearchElement extends ConnectedElement {
  #latest = 0;

  protected get input() {
    return this.querySelector<HTMLInputElement>('input[name="q"]');
  }

  protected get panel() {
    return this.querySelector<HTMLElement>('[data-search-panel]');
  }

  get #status() {
    return this.querySelector<HTMLElement>('[data-search-status]');
  }

  get #list() {
    return this.querySelector<HTMLOListElement>('[data-search-results]');
  }

  /** How many pages' details to fetch (a fetch each) and how many hits to show. */
  protected abstract readonly limits: { results: number; hits: number };
  /** What the reader is searching for. */
  protected abstract state(): SearchState;

  protected connect() {
    if (!this.input) return;
    this.listen(this.input, 'input', () => void this.search());
    this.listen<KeyboardEvent>(this, 'keydown', (event) => this.#arrows(event));
  }

  /**
   * Runs the search the state asks for and shows its results, unless a newer one has started meanwhile.
   * Resolves with the hits shown (an empty list when nothing is searched), or undefined when they were
   * dropped.
   */
  protected async search(): Promise<SearchHit[] | undefined> {
    const state = this.state();
    const ticket = ++this.#latest;
    const hits = await this.findHits(state);
    if (ticket !== this.#latest) return undefined;
    this.#render(hits, state);
    return hits;
  }

  /** The hits for a state, as this element shows them, without showing them. */
  protected async findHits(state: SearchState): Promise<SearchHit[]> {
    if (!isSearching(state)) return [];
    const [pagefind] = await Promise.all([loadPagefind(), loadStylesheet(searchStyles)]);
    const filters: Record<string, { any: string[] }> = {};
    if (state.kinds.length) filters['kind'] = { any: state.kinds };
    if (state.themes.length) filters['theme'] = { any: state.themes };
    // The editors' context is fetched after every page, so that records Pagefind ranks higher never push
    // the speech's passages out of the results fetched (rankResults then keeps it last).
    const [search, context] = await Promise.all([
      pagefind.search(state.query || null, { filters }),
      pagefind.search(state.query || null, { filters: { ...filters, kind: { any: [CONTEXT] } } }),
    ]);
    const contextIds = new Set(context?.results.map((r) => r.id));
    const results = search?.results ?? [];
    const ordered = [
      ...results.filter((r) => !contextIds.has(r.id)),
      ...results.filter((r) => contextIds.has(r.id)),
    ];
    const data = await Promise.all(ordered.slice(0, this.limits.results).map((r) => r.data()));
    const hits = rankResults(data, state.query).flatMap((result) => resultHits(result, state.query));
    return hits.slice(0, this.limits.hits);
  }

  /** Drops the search under way: its results must not reopen what the reader has closed. */
  protected retire() {
    this.#latest += 1;
  }

  #render(hits: SearchHit[], state: SearchState) {
    const list = this.#list;
    const status = this.#status;
    const panel = this.panel;
    if (!list || !status || !panel) return;
    list.replaceChildren(...hits.map(hitItem));
    const asked = state.query ? ` for “${state.query}”` : '';
    const searching = isSearching(state);
    const summary = !searching
      ? ''
      : hits.length === 0
        ? `No results${asked}. Try another word, or browse the themes and the glossary.`
        : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}${asked}.`;
    status.textContent = summary;
    const visible = this.querySelector('[data-search-summary]');
    if (visible) visible.textContent = summary;
    panel.hidden = !searching;
    this.querySelector('[data-search-suggestions]')?.remove();
    if (searching && hits.length === 0) panel.append(suggestions());
  }

  #arrows(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(this.#list?.querySelectorAll<HTMLAnchorElement>('a.search-hit') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (links.length === 0 || (index < 0 && document.activeElement !== this.input)) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
    if (next < 0) this.input?.focus();
    else links[next]?.focus();
  }
}

/** What a search that found nothing offers instead: the themes, the glossary and the full text. */
function suggestions(): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.dataset['searchSuggestions'] = '';
  const link = (href: string, text: string) =>
    Object.assign(document.createElement('a'), { href, textContent: text });
  paragraph.append(
    'Browse the ',
    link(paths.themes, 'themes'),
    ' or the ',
    link(paths.glossary, 'glossary'),
    ', or open the ',
    link(paths.speech, 'full text'),
    '.',
  );
  return paragraph;
}

/** One result as a list item: a link that lands on it, where it is, and its excerpt (text, never markup). */
function hitItem(hit: SearchHit): HTMLLIElement {
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
