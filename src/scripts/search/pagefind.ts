import type { PagefindResultData } from '../../lib/search/results';

/** The part of Pagefind's browser API this site uses (pagefind.js ships no types). */
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
export interface PagefindApi {
  options(options: { ranking?: { pageLength?: number }; noWorker?: boolean }): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind and its index on first use only, so a reader who never searches never fetches them. A
 * failed load (offline, without the saved edition) is tried again on the next search.
 */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (api) => {
    // Section pages are longer than glossary entries; a lighter length penalty keeps the speech on top.
    // The index is small enough to search on the main thread, which saves fetching Pagefind's worker.
    // No metaCacheTag: Pagefind then asks for pagefind-entry.json?ts=<now>, past any HTTP cache, which is
    // what keeps a reader without the service worker from pairing an old entry with a new build's index.
    // The service worker ignores the query and answers from its store (scripts/offline/serviceWorker.ts).
    await api.options({ ranking: { pageLength: 0.3 }, noWorker: true });
    return api;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}
