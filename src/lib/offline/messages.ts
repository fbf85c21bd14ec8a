/**
 * What pages and the service worker say to each other (postMessage). The worker owns the caches; pages
 * ask it to keep pages, to save or remove the whole edition, and to take over after an update.
 * `SKIP_WAITING` is what Workbox's workers and this site's earlier worker (version 0.3.0) understood,
 * so that a page of that version can still hand over to this one.
 */

/** A copy of the whole edition saved for reading offline. */
export interface SavedCopy {
  version: string;
  /** What its files take once stored. */
  bytes: number;
  files: number;
}

/** Where saving has got: `done` of `total` files. */
export interface SaveProgress {
  done: number;
  total: number;
}

/** Why saving stopped short: the reader cancelled, the network failed, or the host has a newer build. */
export type SaveFailure = 'cancelled' | 'offline' | 'new-version';

/** What is stored offline: the saved copy, the download under way, and how many pages were kept as read. */
export interface OfflineStatus {
  saved: SavedCopy | undefined;
  saving: SaveProgress | undefined;
  keptPages: number;
}

/** What a page asks of the worker. `STATUS` is answered on the message's port, the rest by broadcast. */
export type PageRequest =
  | { type: 'KEEP'; paths: readonly string[] }
  | { type: 'STATUS' }
  | { type: 'SAVE' }
  | { type: 'CANCEL' }
  | { type: 'REMOVE' }
  | { type: 'SKIP_WAITING' };

/** What the worker tells its pages. */
export type WorkerNews =
  | ({ type: 'STATUS' } & OfflineStatus)
  | { type: 'PROGRESS'; progress: SaveProgress }
  | { type: 'SAVED'; saved: SavedCopy }
  | { type: 'SAVE_FAILED'; reason: SaveFailure }
  | { type: 'REMOVED' };

const REQUESTS = new Set(['KEEP', 'STATUS', 'SAVE', 'CANCEL', 'REMOVE', 'SKIP_WAITING']);
const NEWS = new Set(['STATUS', 'PROGRESS', 'SAVED', 'SAVE_FAILED', 'REMOVED']);

const typeOf = (data: unknown) =>
  typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
    ? data.type
    : undefined;

/** Whether a message's data is a page's request; the worker ignores anything else. */
export function isPageRequest(data: unknown): data is PageRequest {
  const type = typeOf(data);
  if (!type || !REQUESTS.has(type)) return false;
  if (type !== 'KEEP') return true;
  const paths = (data as { paths?: unknown }).paths;
  return Array.isArray(paths) && paths.every((path) => typeof path === 'string');
}

/** Whether a message's data is news from the worker; pages ignore anything else. */
export const isWorkerNews = (data: unknown): data is WorkerNews => NEWS.has(typeOf(data) ?? '');
