import { ANCHORED_POPOVER_CLASS } from '../../lib/contract';
import popoverStyles from '../../styles/onDemand/popover.css?url';
import { loadStylesheet } from '../stylesheet';

/**
 * The site's one way to show a popover beside what opened it (the Popover API: top layer, so nothing
 * around it moves; Escape and light dismiss for `auto`): a reader's note card, a reference's preview, a
 * margin note on a phone. Below its anchor, or above when below would leave the screen; beside an
 * element by CSS anchor positioning where the browser has it (styles/onDemand/popover.css), else placed
 * once from the element's box; beside a box (a selection's last line) always so. Always within the screen.
 */
const ANCHORED = typeof CSS !== 'undefined' && CSS.supports('anchor-name', '--a');
const NAME = '--speech-popover-anchor';
const GAP = 6;
/** Style properties set from script (allowed by the Content-Security-Policy; markup's are not). */
const PLACED = ['inset-block-start', 'inset-inline-start', 'position-anchor'];

let anchored: HTMLElement | undefined;

function placeFromBox(popover: HTMLElement, box: DOMRect) {
  const { offsetWidth: width, offsetHeight: height } = popover;
  const below = box.bottom + GAP + height <= innerHeight;
  // Within the screen, even when the box is partly off it: a popover that cannot be seen cannot be used.
  const top = Math.min(
    Math.max(GAP, below ? box.bottom + GAP : box.top - GAP - height),
    Math.max(GAP, innerHeight - height - GAP),
  );
  const left = Math.min(Math.max(GAP, box.left), innerWidth - width - GAP);
  popover.style.insetBlockStart = `${top}px`;
  popover.style.insetInlineStart = `${Math.max(GAP, left)}px`;
}

/** Shows a popover (its `popover` attribute set) beside an element or a box. The caller loads popover.css. */
export function showBeside(popover: HTMLElement, anchor: HTMLElement | DOMRect) {
  popover.classList.add(ANCHORED_POPOVER_CLASS);
  const element = anchor instanceof HTMLElement ? anchor : undefined;
  anchored?.style.removeProperty('anchor-name');
  anchored = undefined;
  popover.classList.toggle('is-anchored', ANCHORED && element !== undefined);
  if (ANCHORED && element) {
    element.style.setProperty('anchor-name', NAME);
    anchored = element;
    popover.style.setProperty('position-anchor', NAME);
  }
  if (!popover.matches(':popover-open')) popover.showPopover();
  if (!popover.classList.contains('is-anchored'))
    placeFromBox(popover, element ? element.getBoundingClientRect() : (anchor as DOMRect));
}

/**
 * Shows an element of the page as a popover beside the control that opened it, for as long as it is
 * open (`auto`: Escape or a click elsewhere closes it): closed, it is again what the page's own styles
 * make it (a glossary note stands in the margin of a wide screen). `onHide` runs once it has closed.
 */
export async function showAnchored(popover: HTMLElement, anchor: HTMLElement, onHide: () => void) {
  await loadStylesheet(popoverStyles);
  popover.popover = 'auto';
  const hidden = (event: ToggleEvent) => {
    if (event.newState !== 'closed') return;
    popover.removeEventListener('toggle', hidden);
    popover.removeAttribute('popover');
    popover.classList.remove(ANCHORED_POPOVER_CLASS, 'is-anchored');
    for (const property of PLACED) popover.style.removeProperty(property);
    onHide();
  };
  popover.addEventListener('toggle', hidden);
  showBeside(popover, anchor);
}
