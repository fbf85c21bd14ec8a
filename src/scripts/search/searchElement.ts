import {
  OFFLINE_HEADING,
  paths,
  SEARCH_ALL,
  SEARCH_HIT,
  SEARCH_PANEL,
  SEARCH_RESULTS,
  SEARCH_STATUS,
  SEARCH_SUMMARY,
  withFragment,
} from '../../lib/contract';
import { CONTEXT, rankHits, rankResults, resultHits, SPEECH, type SearchHit } from '../../lib/search/results';
import { isSearching, writeSearchState, type SearchState } from '../../lib/search/state';
import { plural } from '../../lib/text/numbers';
import searchStyles from '../../styles/onDemand/search.css?url';
import { appendMixedText, chineseSpan } from '../chineseText';
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
    this.#render(found?.hits ?? [], found?.total ?? 0, state, found?.help, !found);
    return found?.hits ?? [];
  }

  /**
   * The hits for a state, as this element shows them, how many there are in all (as the search page lists
   * them), and what the query was read as.
   */
  protected async findHits(
    state: SearchState,
  ): Promise<{ hits: SearchHit[]; total: number; help?: QueryHelp | undefined }> {
    if (!isSearching(state)) return { hits: [], total: 0 };
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
    // Where only a few results are shown, the speech's pages are searched apart too: each gives a hit per
    // paragraph it matches, so counting the hits in all needs their details, and only theirs.
    const counts = Number.isFinite(this.limits.results);
    const searches = await Promise.all(
      (help?.searches ?? [null]).map(async (query) => {
        const [search, context, speech] = await Promise.all([
          pagefind.search(query, { filters }),
          pagefind.search(query, { filters: { ...filters, kind: { any: [CONTEXT] } } }),
          counts ? pagefind.search(query, { filters: { ...filters, kind: { any: [SPEECH] } } }) : null,
        ]);
        return {
          results: search?.results ?? [],
          contextIds: new Set(context?.results.map((r) => r.id)),
          speechIds: new Set(speech?.results.map((r) => r.id)),
        };
      }),
    );
    const speechIds = new Set(searches.flatMap(({ speechIds: ids }) => [...ids]));
    const seen = new Set<string>();
    const ordered = [false, true].flatMap((context) =>
      searches.flatMap(({ results, contextIds }) =>
        results.filter((r) => contextIds.has(r.id) === context && !seen.has(r.id) && seen.add(r.id)),
      ),
    );
    // The words the results are marked and highlighted for: what the query was read as.
    const searched = help?.pinyin?.term ?? help?.suggestion ?? state.query;
    const fetched = ordered.filter((r, index) => index < this.limits.results || speechIds.has(r.id));
    const data = await Promise.all(fetched.map((r) => r.data()));
    const hits = rankResults(data, searched).flatMap((result) => resultHits(result, searched));
    // A page of the editors' or a glossary entry is one hit, fetched or not.
    const total = hits.length + ordered.length - fetched.length;
    return { hits: rankHits(hits, searched).slice(0, this.limits.hits), total, help };
  }

  /** Drops the search under way: its results must not reopen what the reader has closed. */
  protected retire() {
    this.#latest += 1;
  }

  /** Shows the hits; `failed` when search itself could not load (offline, without the saved edition). */
  #render(
    hits: SearchHit[],
    total: number,
    state: SearchState,
    help: QueryHelp | undefined,
    failed: boolean,
  ) {
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
          : total > hits.length
            ? `${hits.length} of ${total} results${asked}.`
            : `${hits.length} ${plural(hits.length, 'result')}${asked}.`;
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
    this.querySelector(`.${SEARCH_ALL}`)?.remove();
    if (searching && hits.length === 0) panel.append(failed ? savingLink() : suggestions());
    else if (total > hits.length) panel.append(allResults(state, total));
  }

  #arrows(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [
      ...(this.panel?.querySelectorAll<HTMLAnchorElement>(
        `a.search-suggestion, a.${SEARCH_HIT.hit}, a.${SEARCH_ALL}`,
      ) ?? []),
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
    note.append(
      'Results for ',
      chineseSpan(help.pinyin.chinese),
      ` ${help.pinyin.pinyin}, “${help.pinyin.term}”.`,
    );
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

/** The way from a few results to all of them: the search page, with the same search. */
function allResults(state: SearchState, total: number): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), {
    className: SEARCH_ALL,
    href: `${paths.search}${writeSearchState(state)}`,
    textContent: `All ${total} results`,
  });
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

/**
 * One result as a list item: a link that lands on it, with its title first, then where it is, then its
 * excerpt (text, never markup) in the face of its kind: the serif for the speaker's words, the sans for
 * the editors'.
 */
function hitItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.href;
  link.className = SEARCH_HIT.hit;
  const heading = Object.assign(document.createElement('span'), { className: SEARCH_HIT.heading });
  const title = Object.assign(document.createElement('span'), { className: SEARCH_HIT.title });
  appendMixedText(title, hit.title);
  const place = Object.assign(document.createElement('span'), {
    className: SEARCH_HIT.place,
    textContent: hit.place,
  });
  heading.append(title, ' ', place);
  const excerpt = document.createElement('span');
  excerpt.className = `${SEARCH_HIT.excerpt} ${hit.kind === SPEECH ? SEARCH_HIT.speakers : SEARCH_HIT.editors}`;
  for (const part of hit.excerpt) {
    const holder = part.marked ? document.createElement('mark') : excerpt;
    appendMixedText(holder, part.text);
    if (holder !== excerpt) excerpt.append(holder);
  }
  link.append(heading, excerpt);
  item.append(link);
  return item;
}
