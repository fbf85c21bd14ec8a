/**
 * The search state kept in the address (`/search/?q=…&kind=…&theme=…`): the query and the chosen
 * filters. Small and apart from the rest of search, because every page's script reads it to decide
 * whether the search page must load its search code at once.
 */
export interface SearchState {
  query: string;
  kinds: string[];
  themes: string[];
}

export function readSearchState(params: URLSearchParams): SearchState {
  return { query: params.get('q') ?? '', kinds: params.getAll('kind'), themes: params.getAll('theme') };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const kind of state.kinds) params.append('kind', kind);
  for (const theme of state.themes) params.append('theme', theme);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the state asks for anything: a query or at least one filter. */
export const isSearching = (state: SearchState) =>
  Boolean(state.query) || state.kinds.length > 0 || state.themes.length > 0;
