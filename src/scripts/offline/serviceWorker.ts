/**
 * The service worker that keeps the edition for reading offline, bundled into /sw.js by
 * build/afterBuild/offlineReading.ts, which writes in the build it belongs to (`BUILD`).
 *
 * - Pages the reader opens are kept as they are read, with their scripts and styles (`read` cache):
 *   pages network-first, the hashed `/_astro/` files cache-first. A page that was not kept, opened
 *   offline, gets the site's offline page.
 * - The whole edition is saved only when the reader asks (`SAVE`, from the About page): every page,
 *   script and style and the whole of search, listed in the build's manifest (`saved` cache). Once it is
 *   complete, it answers every request it holds: one build's files, never two.
 * - A new build's worker waits until the reader accepts the update (`SKIP_WAITING`). While it installs
 *   it keeps the reader's pages again as the new build has them and, when the reader had saved the
 *   edition, saves the new build (copying the files that did not change), unless the reader's browser
 *   asks to save data; once it takes over, it deletes the older builds' caches.
 */
import { paths } from '../../lib/contract/paths';
import {
  cacheName,
  isPagePath,
  parseCacheName,
  staleCaches,
  unchangedFiles,
  type OfflineManifest,
} from '../../lib/offline/edition';
import {
  isPageRequest,
  type OfflineStatus,
  type SavedCopy,
  type SaveFailure,
  type SaveProgress,
  type WorkerNews,
} from '../../lib/offline/messages';
import { requestKind } from '../../lib/offline/requests';

/** The build this worker belongs to (written in by the build). */
declare const BUILD: string;
/**
 * The site's scripts and styles (`/_astro/`, each named by a hash of its content) and its icon: the
 * frame every page needs, kept when the worker installs, so that a kept page reads offline with all it
 * can do (citing, quoting, copying links; search needs the saved edition). Written in by the build.
 */
declare const SHELL: readonly string[];

// The parts of the worker's scope used here: the project's TypeScript has the DOM's types, not the worker's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
declare const self: {
  readonly location: Location;
  readonly navigator: { connection?: { saveData?: boolean } };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<readonly { postMessage(news: WorkerNews): void }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

const READ = cacheName('read', BUILD);
const SAVED = cacheName('saved', BUILD);

/**
 * Stored files are found by path alone: a host may vary its answers by request headers that a module
 * script's request carries and the worker's own fetch did not (`Vary: Origin`).
 */
const MATCH: CacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

/** Whether the reader's browser asks sites to use less data: then nothing is kept unasked. */
const savingData = () => self.navigator.connection?.saveData === true;

/** Tells every open page of the site, served by this worker or not (the About page that asked may not be). */
async function broadcast(news: WorkerNews) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(news);
}

/** A response the Cache API and navigations accept: a redirect's answer is stored as a plain one. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/** Keeps pages as the host has them now; pages it no longer has are left. */
async function keepPages(pagePaths: readonly string[]) {
  const cache = await caches.open(READ);
  for (const path of new Set(pagePaths)) {
    const response = await fetch(path, { cache: 'no-cache' });
    if (response.ok) await cache.put(path, await storable(response));
  }
}

/** Keeps the frame of every page (SHELL), copying what an older build's caches already hold under the same name. */
async function keepShell(older: readonly string[]) {
  const cache = await caches.open(READ);
  const before = await Promise.all(older.map((name) => caches.open(name)));
  await Promise.all(
    SHELL.map(async (url) => {
      for (const old of before) {
        const kept = await old.match(url, MATCH);
        if (kept) return cache.put(url, kept);
      }
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return cache.put(url, response);
    }),
  );
}

/** The saved copy of this build, once complete (its manifest is stored last); asked once per worker's life. */
let savedCopy: Promise<Cache | undefined> | undefined;
const savedCache = () =>
  (savedCopy ??= (async () => {
    if (!(await caches.has(SAVED))) return undefined;
    const cache = await caches.open(SAVED);
    return (await cache.match(paths.offlineManifest)) ? cache : undefined;
  })());

async function savedManifest(cache: Cache): Promise<OfflineManifest | undefined> {
  const response = await cache.match(paths.offlineManifest);
  return response ? ((await response.json()) as OfflineManifest) : undefined;
}

const copyOf = (manifest: OfflineManifest): SavedCopy => ({
  version: manifest.version,
  bytes: manifest.bytes,
  files: manifest.files.length,
});

class SaveError extends Error {
  constructor(readonly reason: SaveFailure) {
    super(reason);
  }
}

/** How many files are fetched and stored in one step while saving: progress is reported after each. */
const BATCH = 12;

let saving: { progress: SaveProgress; controller: AbortController; cancelled: boolean } | undefined;

/** Stops the download under way, as the reader asked. */
function cancelSaving() {
  if (!saving) return;
  saving.cancelled = true;
  saving.controller.abort();
}

/**
 * Saves the whole edition of this build, in batches of BATCH files, reporting how far it has got. Files
 * already kept as read, or saved unchanged from an earlier build (`previous`), are copied rather than
 * downloaded. The manifest is stored last: a copy without it is incomplete, and is deleted.
 */
async function save(report: (progress: SaveProgress) => void, previous?: Cache): Promise<SavedCopy> {
  const controller = new AbortController();
  const { signal } = controller;
  const progress = { done: 0, total: 0 };
  const current = { progress, controller, cancelled: false };
  saving = current;
  try {
    const manifest = (await (
      await fetch(paths.offlineManifest, { cache: 'no-cache', signal })
    ).json()) as OfflineManifest;
    if (manifest.build !== BUILD) throw new SaveError('new-version');
    const unchanged = unchangedFiles(manifest, previous && (await savedManifest(previous)));
    const [target, read] = await Promise.all([caches.open(SAVED), caches.open(READ)]);
    progress.total = manifest.files.length;
    report(progress);
    // Files kept already are copied; the rest are fetched in batches, each stored in one step
    // (Cache.addAll), which is several times faster than storing them one by one.
    const fetched: string[] = [];
    for (const { url } of manifest.files) {
      const kept =
        (unchanged.has(url) ? await previous?.match(url, MATCH) : undefined) ??
        (await read.match(url, MATCH));
      if (!kept) {
        fetched.push(url);
        continue;
      }
      await target.put(url, kept);
      progress.done += 1;
    }
    report(progress);
    for (let start = 0; start < fetched.length; start += BATCH) {
      const batch = fetched.slice(start, start + BATCH);
      // A listed file the host no longer has fails the batch: the host has moved on to a newer build.
      await target
        .addAll(batch.map((url) => new Request(url, { cache: 'no-cache', signal })))
        .catch((error: unknown) => {
          throw signal.aborted || error instanceof TypeError ? error : new SaveError('new-version');
        });
      progress.done += batch.length;
      report(progress);
    }
    await target.put(paths.offlineManifest, Response.json(manifest));
    savedCopy = undefined;
    return copyOf(manifest);
  } catch (error) {
    await caches.delete(SAVED);
    if (current.cancelled) throw new SaveError('cancelled');
    throw error instanceof SaveError ? error : new SaveError('offline');
  } finally {
    saving = undefined;
  }
}

async function saveOnRequest() {
  if (saving) return;
  try {
    const report = (progress: SaveProgress) => void broadcast({ type: 'PROGRESS', progress });
    await broadcast({ type: 'SAVED', saved: await save(report) });
  } catch (error) {
    await broadcast({ type: 'SAVE_FAILED', reason: error instanceof SaveError ? error.reason : 'offline' });
  }
}

async function status(): Promise<OfflineStatus> {
  const saved = await savedCache();
  const manifest = saved && (await savedManifest(saved));
  const read = (await caches.has(READ)) ? await caches.open(READ) : undefined;
  const keptPages = (await read?.keys())?.filter((request) => {
    const path = new URL(request.url).pathname;
    return isPagePath(path) && path !== paths.offline;
  }).length;
  return { saved: manifest && copyOf(manifest), saving: saving?.progress, keptPages: keptPages ?? 0 };
}

async function remove() {
  cancelSaving();
  await Promise.all([caches.delete(SAVED), caches.delete(READ)]);
  savedCopy = undefined;
  await broadcast({ type: 'REMOVED' });
}

/**
 * Installing: the frame of every page and the offline page, then what the reader had under an older
 * build, brought up to this one: the pages they kept, and the whole edition when they had saved it. A
 * failure fails the install; the browser tries again later, and the older worker serves meanwhile.
 */
async function install() {
  const older = staleCaches(await caches.keys(), BUILD);
  await keepShell(older);
  await keepPages([paths.offline]);
  if (savingData()) return;
  for (const name of older.filter((n) => parseCacheName(n)?.kind === 'read')) {
    const kept = await (await caches.open(name)).keys();
    await keepPages(kept.map((request) => new URL(request.url).pathname).filter(isPagePath));
  }
  const savedBefore = older.find((name) => parseCacheName(name)?.kind === 'saved');
  // Quietly: the pages open are the old build's, whose control knows nothing of this download.
  if (savedBefore) await save(() => undefined, await caches.open(savedBefore));
}

self.addEventListener('install', (event) => event.waitUntil(install()));

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), BUILD).map((name) => caches.delete(name)));
      savedCopy = undefined;
      await self.clients.claim();
    })(),
  ),
);

self.addEventListener('message', (event) => {
  const request = event.data;
  if (!isPageRequest(request)) return;
  if (request.type === 'SKIP_WAITING') void self.skipWaiting();
  else if (request.type === 'KEEP') event.waitUntil(keepPages(request.paths.filter(isPagePath)));
  else if (request.type === 'STATUS')
    event.waitUntil(status().then((answer) => event.ports[0]?.postMessage({ type: 'STATUS', ...answer })));
  else if (request.type === 'SAVE') event.waitUntil(saveOnRequest());
  else if (request.type === 'CANCEL') cancelSaving();
  else event.waitUntil(remove());
});

/** A page: from the saved copy; else from the host, kept as read; offline, as kept, or the offline page. */
async function answerPage(event: FetchEvent): Promise<Response> {
  const { pathname } = new URL(event.request.url);
  const saved = await savedCache();
  const stored = await saved?.match(pathname, MATCH);
  if (stored) return stored;
  const read = await caches.open(READ);
  try {
    const response = await fetch(event.request);
    if (response.ok && !savingData())
      event.waitUntil(storable(response.clone()).then((copy) => read.put(pathname, copy)));
    return response;
  } catch (error) {
    const fallback =
      (await read.match(pathname, MATCH)) ??
      // With the whole edition saved, an address it does not hold is not a page of the edition.
      (await saved?.match('/404.html', MATCH)) ??
      (await read.match(paths.offline, MATCH));
    if (fallback) return fallback;
    throw error;
  }
}

/** A hashed script or stylesheet: stored, or fetched and kept with the page that asked for it. */
async function answerAsset(event: FetchEvent): Promise<Response> {
  const { pathname } = new URL(event.request.url);
  const read = await caches.open(READ);
  const stored = (await (await savedCache())?.match(pathname, MATCH)) ?? (await read.match(pathname, MATCH));
  if (stored) return stored;
  const response = await fetch(event.request);
  if (response.ok && !savingData()) event.waitUntil(read.put(pathname, response.clone()));
  return response;
}

/**
 * Any other file: from the saved copy, whatever its query (Pagefind asks for `pagefind-entry.json?ts=`),
 * else from the host. Search is not kept as read: part of an index would find part of the edition.
 */
async function answerFile(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const stored = await (await savedCache())?.match(pathname, MATCH);
  return stored ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const kind = requestKind(request);
  event.respondWith(
    kind === 'page' ? answerPage(event) : kind === 'asset' ? answerAsset(event) : answerFile(request),
  );
});
