/**
 * The search code loads when the reader reaches for it: on focus of a search field or filter (the keys
 * "/" and Ctrl+K or Cmd+K put the cursor in the header field: scripts/keyboard.ts). The search page
 * loads it at once when its address holds a search (?q=, ?kind=, ?theme=). A reader who never searches
 * runs none of it (see the page budgets in bench/).
 */
import { SEARCH_ELEMENT, SEARCH_PAGE_ELEMENT } from '../../lib/contract';

const loadSpeechSearch = () => import('./speechSearch');
const loadSearchPage = () => import('./searchPage');

// A module loads once: a later focus only gets the loaded one back.
for (const search of document.querySelectorAll(SEARCH_ELEMENT))
  search.addEventListener('focusin', loadSpeechSearch);

const searchPage = document.querySelector(SEARCH_PAGE_ELEMENT);
searchPage?.addEventListener('focusin', loadSearchPage);
// Any query loads it: the search page's own code reads what the query asks (lib/search/state.ts), and
// reading it here would put that code in every page's first script.
if (searchPage && location.search.length > 1) void loadSearchPage();
