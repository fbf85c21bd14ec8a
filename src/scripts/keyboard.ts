import { PARAGRAPH_CLASS, SEARCH_ELEMENT, SEARCH_SHORTCUTS } from '../lib/contract';

/**
 * The site's keys, anywhere on a page but while typing in a field: "/" and Ctrl+K or Cmd+K put the cursor
 * in the header's search field; on the speech's pages, j and k go to the next and the previous paragraph
 * and ? shows the keys, with their code loaded on the first of them (reading/readingKeys.ts). A module
 * listener: the keys belong to the whole page, not to an element of it.
 */
const shortcutField = document.querySelector<HTMLInputElement>(
  `${SEARCH_ELEMENT}[${SEARCH_SHORTCUTS}] input[name="q"]`,
);
const speech = document.getElementsByClassName(PARAGRAPH_CLASS);

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
  const command = event.ctrlKey || event.metaKey;
  if ((event.key === '/' && !typing) || (command && event.key.toLowerCase() === 'k')) {
    if (!shortcutField) return;
    event.preventDefault();
    shortcutField.focus();
    shortcutField.select();
  } else if (!typing && !command && !event.altKey && speech.length > 0 && /^[jk?]$/u.test(event.key)) {
    event.preventDefault();
    void import('./reading/readingKeys').then((keys) => keys.readingKey(event.key));
  }
});
