import {
  OFFLINE_HEADING,
  paths,
  SEARCH_PANEL,
  SEARCH_RESULTS,
  SEARCH_STATUS,
  SEARCH_SUMMARY,
  withFragment,
} from '../../lib/contract';
import { CONTEXT, rankHits, rankResults, resultHits, type SearchHit } from '../../lib/search/results';
import { isSearching, writeSearchState, type SearchState } from '../../lib/search/state';
import { chineseRuns } from '../../lib/text/chinese';
import searchStyles from '../../styles/onDemand/search.css?url';
import { ConnectedElement } from '../connectedElement';
import { loadStylesheet } from '../stylesheet';
import { loadPagefind } from './pagefind';
import { helpFor, type QueryHelp } from './queryHelp';

/**
 * What the header search (`<speech-search>`) and the search page (`<speech-search-page>`) share: a field that
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
    return this.querySelector<HTMLElement>(`[${SEARCH_PANEL}]`);
  }

  get #status() {
    return this.querySelector<HTMLElement>(`[${SEARCH_STATUS}]`);
  }

  get #list() {
    return this.querySelector<HTMLOListElement>(`[${SEARCH_RESULTS}]`);
  }

  /** How many pages' details to fetch (a fetch each) and how many hits to show. */
  protected abstract readonly limits: { results: number; hits: number };
  /** What the reader is searching for. */
  protected abstract state(): SearchState;

  protected connect() {
    if (!this.input) return;
    this.listen(this.input, 'input', () => void this.search());
    // "Did you mean": the corrected query is one click (or Enter on the link) away, here and now.
    this.listen(this, 'click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a.search-suggestion') : null;
      if (!(link instanceof HTMLAnchorElement) || !this.input) return;
      event.preventDefault();
      this.input.value = link.dataset['query'] ?? '';
      this.input.focus();
      this.input.dispatchEvent(new Event('input', { bubbles: true }));
    });
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
    const found = await this.findHits(state).catch(() => undefined);
    if (ticket !== this.#latest) return undefined;
    this.#render(found?.hits ?? [], state, found?.help, !found);
    return found?.hits ?? [];
  }

  /** The hits for a state, as this element shows them, and what the query was read as. */
  protected async findHits(state: SearchState): Promise<{ hits: SearchHit[]; help?: QueryHelp | undefined }> {
    if (!isSearching(state)) return { hits: [] };
    const [pagefind, help] = await Promise.all([
      loadPagefind(),
      state.query ? helpFor(state.query) : undefined,
      loadStylesheet(searchStyles),
    ]);
    const filters: Record<string, { any: string[] }> = {};
    if (state.kinds.length) filters['kind'] = { any: state.kinds };
    if (state.themes.length) filters['theme'] = { any: state.themes };
    // Each search the query stands for (an acronym spelled out, then as typed), merged in that order. The
    // editors' context is fetched after every page, so that records Pagefind ranks higher never push the
    // speech's passages out of the results fetched (rankResults then keeps it last).
    const searches = await Promise.all(
      (help?.searches ?? [null]).map(async (query) => {
        const [search, context] = await Promise.all([
          pagefind.search(query, { filters }),
          pagefind.search(query, { filters: { ...filters, kind: { any: [CONTEXT] } } }),
        ]);
        return { results: search?.results ?? [], contextIds: new Set(context?.results.map((r) => r.id)) };
      }),
    );
    const seen = new Set<string>();
    const ordered = [false, true].flatMap((context) =>
      searches.flatMap(({ results, contextIds }) =>
        results.filter((r) => contextIds.has(r.id) === context && !seen.has(r.id) && seen.add(r.id)),
      ),
    );
    // The words the results are marked and highlighted for: what the query was read as.
    const searched = help?.pinyin?.term ?? help?.suggestion ?? state.query;
    const data = await Promise.all(ordered.slice(0, this.limits.results).map((r) => r.data()));
    const hits = rankResults(data, searched).flatMap((result) => resultHits(result, searched));
    return { hits: rankHits(hits, searched).slice(0, this.limits.hits), help };
  }

  /** Drops the search under way: its results must not reopen what the reader has closed. */
  protected retire() {
    this.#latest += 1;
  }

  /** Shows the hits; `failed` when search itself could not load (offline, without the saved edition). */
  #render(hits: SearchHit[], state: SearchState, help: QueryHelp | undefined, failed: boolean) {
    const list = this.#list;
    const status = this.#status;
    const panel = this.panel;
    if (!list || !status || !panel) return;
    list.replaceChildren(...hits.map(hitItem));
    const asked = state.query ? ` for “${state.query}”` : '';
    const searching = isSearching(state);
    const summary = !searching
      ? ''
      : failed
        ? 'Search needs a connection, or the edition saved for offline reading.'
        : hits.length === 0
          ? `No results${asked}. Try another word, or browse the themes and the glossary.`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}${asked}.`;
    const note = searching ? helpNote(help) : undefined;
    // Where the status is only heard (the header's, beside a summary that is seen), it says what the
    // query was read as too; where it is seen (the search page's), the note below it says so once.
    const visible = this.querySelector(`[${SEARCH_SUMMARY}]`);
    status.textContent = note && visible ? `${summary} ${note.textContent ?? ''}` : summary;
    if (visible) visible.textContent = summary;
    this.querySelector('[data-search-help]')?.remove();
    if (note) list.before(note);
    panel.hidden = !searching;
    this.querySelector('[data-search-suggestions]')?.remove();
    if (searching && hits.length === 0) panel.append(failed ? savingLink() : suggestions());
  }

  #arrows(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [
      ...(this.panel?.querySelectorAll<HTMLAnchorElement>('a.search-suggestion, a.search-hit') ?? []),
    ];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (links.length === 0 || (index < 0 && document.activeElement !== this.input)) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
    if (next < 0) this.input?.focus();
    else links[next]?.focus();
  }
}

/**
 * What the results say about the query, before them: the pinyin it was read as, or "Did you mean …?" with
 * a link to the corrected search (text only, never markup).
 */
function helpNote(help: QueryHelp | undefined): HTMLParagraphElement | undefined {
  if (!help?.pinyin && !help?.suggestion) return undefined;
  const note = Object.assign(document.createElement('p'), { className: 'search-help' });
  note.dataset['searchHelp'] = '';
  if (help.pinyin) {
    const chinese = Object.assign(document.createElement('span'), {
      lang: 'zh-Hans',
      textContent: help.pinyin.chinese,
    });
    note.append('Results for ', chinese, ` ${help.pinyin.pinyin}, “${help.pinyin.term}”.`);
    return note;
  }
  const suggestion = help.suggestion ?? '';
  const link = Object.assign(document.createElement('a'), {
    className: 'search-suggestion',
    href: `${paths.search}${writeSearchState({ query: suggestion, kinds: [], themes: [] })}`,
    textContent: suggestion,
  });
  link.dataset['query'] = suggestion;
  note.append('Did you mean ', link, '? Its results come first.');
  return note;
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

/** Where, offline, search can be had: the About page's control that saves the edition. */
function savingLink(): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.dataset['searchSuggestions'] = '';
  paragraph.append(
    Object.assign(document.createElement('a'), {
      href: withFragment(paths.about, OFFLINE_HEADING),
      textContent: 'Save the edition for offline reading',
    }),
    ' when you are online, and search works without a connection too.',
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
