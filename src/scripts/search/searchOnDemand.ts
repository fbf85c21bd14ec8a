/**
 * The search code loads when the reader reaches for it: on focus of a search field or filter, or on "/"
 * and Ctrl+K or Cmd+K anywhere on the page, which put the cursor in the header field. The search page
 * loads it at once when its address holds a search (?q=, ?kind=, ?theme=). A reader who never searches
 * runs none of it (see the page budgets in bench/).
 */
import { SEARCH_ELEMENT, SEARCH_PAGE_ELEMENT, SEARCH_SHORTCUTS } from '../../lib/contract';
import { isSearching, readSearchState } from '../../lib/search/state';

const loadSpeechSearch = () => import('./speechSearch');
const loadSearchPage = () => import('./searchPage');

// A module loads once: a later focus only gets the loaded one back.
for (const search of document.querySelectorAll(SEARCH_ELEMENT))
  search.addEventListener('focusin', loadSpeechSearch);

const searchPage = document.querySelector(SEARCH_PAGE_ELEMENT);
searchPage?.addEventListener('focusin', loadSearchPage);
if (searchPage && isSearching(readSearchState(new URLSearchParams(location.search)))) void loadSearchPage();

const shortcutField = document.querySelector<HTMLInputElement>(
  `${SEARCH_ELEMENT}[${SEARCH_SHORTCUTS}] input[name="q"]`,
);

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
  const shortcut =
    (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcutField || !shortcut) return;
  event.preventDefault();
  shortcutField.focus();
  shortcutField.select();
});
