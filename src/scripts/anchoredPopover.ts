import { ANCHORED_POPOVER_CLASS } from '../lib/contract';
import anchoredPopoverStyles from '../styles/onDemand/anchoredPopover.css?url';
import { loadStylesheet } from './stylesheet';

/** Whether the browser places a popover by CSS anchor positioning; where not, `place` does it. */
const ANCHORING = CSS.supports('position-area', 'block-end');
const GAP = 6;

/**
 * The fallback for browsers without anchor positioning: the popover under its anchor's line, or above it
 * when there is no room below, across the width it is given, in page coordinates so that it scrolls with
 * the text. (Style properties set from script are allowed by the Content-Security-Policy; markup's are not.)
 */
function place(popover: HTMLElement, anchor: HTMLElement) {
  const line = anchor.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = popover;
  const below = line.bottom + GAP + height <= innerHeight || line.top - GAP - height < 0;
  const top = below ? line.bottom + GAP : line.top - GAP - height;
  const left = Math.min(Math.max(GAP, line.left + line.width / 2 - width / 2), innerWidth - width - GAP);
  Object.assign(popover.style, {
    position: 'absolute',
    top: `${top + scrollY}px`,
    left: `${left + scrollX}px`,
  });
}

/**
 * Shows an element as a popover anchored to the control that opened it: the Popover API's top layer (so
 * it never displaces the text around it), `popover="auto"` (Escape or a click elsewhere closes it), placed
 * under the control or above it by CSS anchor positioning where the browser has it, by `place` where not.
 * The element becomes a popover only while open: closed, it is what the page's own styles make it (a
 * glossary note stands in the margin of a wide screen). `onHide` runs once it has closed, however.
 */
export async function showAnchored(popover: HTMLElement, anchor: HTMLElement, onHide: () => void) {
  await loadStylesheet(anchoredPopoverStyles);
  popover.popover = 'auto';
  popover.classList.add(ANCHORED_POPOVER_CLASS);
  const hidden = (event: ToggleEvent) => {
    if (event.newState !== 'closed') return;
    popover.removeEventListener('toggle', hidden);
    popover.removeAttribute('popover');
    popover.classList.remove(ANCHORED_POPOVER_CLASS);
    for (const property of ['position', 'top', 'left']) popover.style.removeProperty(property);
    onHide();
  };
  popover.addEventListener('toggle', hidden);
  popover.showPopover({ source: anchor });
  if (!ANCHORING) place(popover, anchor);
}
