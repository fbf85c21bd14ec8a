/**
 * Every page's client code, as one small module (one request): each custom element below comes to life
 * wherever its element is on the page, and does nothing elsewhere. What is large or rarely needed (search,
 * citing, copying links, quoting, marking searched words, the notice of a new version) loads on demand
 * from here. See the page budgets in bench/.
 */
import './reading/colorSchemeToggle';
import './reading/openTarget';
import './reading/readerOptions';
import './reading/speechNotes';
import './reading/copyOnDemand';
import './reading/quoteOnDemand';
import './search/searchOnDemand';
import './citing/citeOnDemand';
import { READING_KEY, READING_OFF } from '../lib/offline/reading';
import { store, stored } from './storage';
import { KEPT_PAGES_ELEMENT, OFFLINE_ELEMENT } from '../lib/contract';

// The About page's control that saves the edition, and the offline page's list of what is kept.
if (document.querySelector(`${OFFLINE_ELEMENT}, ${KEPT_PAGES_ELEMENT}`))
  void import('./offline/offlineElements');

// Only a page reached from search (?highlight=) needs the marking code.
if (new URLSearchParams(location.search).has('highlight')) void import('./search/searchHighlight');

// Reading offline (lib/offline/reading.ts): a first visit fetches the page and nothing more. From the
// reader's second page on, once it has loaded, the service worker keeps what they read
// (offline/keepReading.ts); unless their browser asks sites to save data, or they removed the offline
// copy. Only a page a worker served can have a newer version waiting (offline/updates.ts). Development
// has no worker.
const workers = navigator.serviceWorker;
if (import.meta.env.PROD && workers)
  addEventListener('load', () => {
    if (workers.controller) return void import('./offline/updates');
    const reading = stored(READING_KEY);
    const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    if (reading === null) store(READING_KEY, location.pathname);
    else if (reading !== READING_OFF && !saveData) void import('./offline/keepReading');
  });
