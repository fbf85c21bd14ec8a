/**
 * Loaded on pages that a service worker served (site.ts), that is from a reader's second page on: offers
 * the new version of the edition when a new build's worker waits behind the one serving the page, or when
 * it has taken over from it (the reader chose Reload on another page, so this page is the old build's).
 * The notice's code comes with it: a lazy import from a lazy chunk would bring Vite's preload helper back
 * into every page's script (see build/bundling/withoutPreloadHelper.ts).
 */
import { showUpdateNotice } from './updateNotice';
import { watchUpdates } from './watchUpdates';

const workers = navigator.serviceWorker;
workers.addEventListener('controllerchange', () => void showUpdateNotice(null));
void workers.ready.then((registration) =>
  watchUpdates(registration, true, (waiting) => void showUpdateNotice(waiting)),
);
