import { COPY_LINK, SENTENCE_LINK_CLASS } from '../../lib/contract';

/**
 * Loads the copy-link code (copyLink.ts) on the first click of a paragraph's Link button (shown only
 * when scripts run) or of a sentence's "#" link, so a reader who never copies a link runs none of it.
 * Without scripts the ¶ and # links still work as links.
 */
const CONTROLS = `button[${COPY_LINK}], a.${SENTENCE_LINK_CLASS}`;

document.addEventListener('click', (event) => {
  const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
  if (control) void import('./copyLink').then((module) => module.copyLink(control));
});
