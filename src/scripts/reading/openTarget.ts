import { DIRECTIVE_DELIMITER, fragmentId } from '../../lib/contract';

/**
 * Arriving at an address inside the page.
 * - A disclosure reached by its own address opens: a commentary linked from search or the timeline
 *   (`/speech/cybersecurity/#commentary-4`) shows its text at once. Browsers open a closed <details> for
 *   an address inside it, but not for the <details> itself.
 * - A quote link (`#p4-3:~:text=…`, quoting.ts) in a browser without text fragments still lands on its
 *   sentence, marked as `:target` would mark it: such a browser keeps the directive in the fragment, so
 *   the id matches nothing by itself.
 */
function openTarget() {
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
  if (target && decodeURIComponent(location.hash).includes(DIRECTIVE_DELIMITER)) {
    target.dataset['quoted'] = '';
    target.scrollIntoView();
  }
}

openTarget();
addEventListener('hashchange', openTarget);
