import { CITE } from '../../lib/contract';

/**
 * Loads the citation code on the first click of a Cite button (shown only when scripts run, see
 * `data-needs-script`), so a reader who never cites runs none of it.
 */

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`button[${CITE}]`) : null;
  if (!button) return;
  void import('./citeDialog').then((module) => module.openCiteDialog(button));
});
