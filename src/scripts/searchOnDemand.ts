/**
 * The header search's code loads when the reader reaches for it: on focus of the field, or on "/" and
 * Ctrl+K or Cmd+K anywhere on the page, which put the cursor there. A reader who never searches runs
 * none of it (see the page budgets in bench/).
 */
const load = () => import('./speechSearch');

for (const search of document.querySelectorAll('speech-search'))
  search.addEventListener('focusin', () => void load(), { once: true });

const shortcutField = document.querySelector<HTMLInputElement>(
  'speech-search[data-shortcuts] input[name="q"]',
);

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));
  const shortcut =
    (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut || !shortcutField) return;
  event.preventDefault();
  shortcutField.focus();
  shortcutField.select();
});
