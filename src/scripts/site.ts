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

// Only a page reached from search (?highlight=) needs the marking code.
if (new URLSearchParams(location.search).has('highlight')) void import('./search/searchHighlight');

// The service worker that stores the edition for reading offline (build/offlineReading.ts), once the page
// has loaded, so that storing never competes with showing it; not in development, which has none. Only a
// page a worker served can have a newer version waiting (offline/updates.ts).
const workers = navigator.serviceWorker;
if (import.meta.env.PROD && workers)
  addEventListener('load', () => {
    void workers.register('/sw.js');
    if (workers.controller) void import('./offline/updates');
  });
