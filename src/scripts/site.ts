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
import './keyboard';
import { READING_KEY, READING_OFF } from '../lib/offline/reading';
import { store, stored } from './storage';
import {
  CONTINUE,
  KEPT_PAGES_ELEMENT,
  OFFLINE_ELEMENT,
  PARAGRAPH_CLASS,
  READER_NOTES_ELEMENT,
} from '../lib/contract';
import { LAST_READ_KEY } from '../lib/readerNotes/keys';

// Elements of one page each: About's control that saves the edition, the offline page's list of what is
// kept, the reader's notes.
if (document.querySelector(`${OFFLINE_ELEMENT}, ${KEPT_PAGES_ELEMENT}`))
  void import('./offline/offlineElements');
if (document.querySelector(READER_NOTES_ELEMENT)) void import('./notes/readerNotes');

// "Continue reading" leads to the paragraph read last (its link shows only then: lib/security/prePaint.ts).
const lastRead = stored(LAST_READ_KEY);
if (lastRead)
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`[${CONTINUE}] a`)) link.href = lastRead;

// Previews of references outside the speech's words (referencePreviews/referencePreviews.ts), loaded on
// the first hover or focus of a link to a glossary entry or to the speech.
const previewable = (event: Event) => {
  const link = event.target instanceof Element ? event.target.closest('main a[href]') : null;
  if (
    link instanceof HTMLAnchorElement &&
    /\/glossary\/.|#p\d/u.test(link.href) &&
    !link.closest(`.${PARAGRAPH_CLASS}`)
  )
    void import('./referencePreviews/referencePreviews').then((previews) => previews.preview(link, event));
};
addEventListener('pointerover', previewable);
addEventListener('focusin', previewable);

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
