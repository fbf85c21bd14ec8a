/**
 * The service worker that keeps the edition for reading offline, built into dist/sw.js by
 * build/offlineReading.ts, which bundles it with Workbox's runtime and writes in the list of files to store
 * (`self.__WB_MANIFEST`, with a revision for each file whose name carries no hash of its content).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { isPageRequest } from './pageRequests';

/** The parts of the worker's global scope used here (the project's TypeScript has the DOM's types, not the worker's). */
declare const self: {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST, {
  // A static site answers every query the same way (`/search/?q=`, `?highlight=`, Pagefind's
  // `pagefind-entry.json?ts=`), so the stored page or file serves whatever the query.
  ignoreURLParametersMatching: [/./u],
  // `/speech/` is stored as `speech/index.html`.
  directoryIndex: 'index.html',
});
cleanupOutdatedCaches();

// A new build's worker installs beside the old one and waits: the open pages offer "Reload"
// (updateNotice.ts), which sends SKIP_WAITING. Taking over at once would swap the stored files under pages
// still open, whose search and citing load their scripts on demand by the old build's file names, gone
// from the new store and from the host. The first worker has no pages to break, so it takes them at once.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING')
    void self.skipWaiting();
});
clientsClaim();

// A page the worker has not stored: the host's answer online, the stored 404 page offline.
registerRoute(
  ({ request }) => isPageRequest(request),
  new NetworkOnly({ plugins: [{ handlerDidError: () => matchPrecache('/404.html') }] }),
);
