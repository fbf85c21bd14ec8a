/**
 * Shows a popover (the Popover API: top layer, Escape and light dismiss) beside an element, or beside a
 * box (a selection's last line): below it, or above when below would leave the screen. Beside an element,
 * CSS anchor positioning where the browser has it (styles in onDemand/popover.css: `.anchored-popover`),
 * else placed once from the element's box, in the same places.
 */
const ANCHORED = typeof CSS !== 'undefined' && CSS.supports('anchor-name', '--a');
const NAME = '--speech-popover-anchor';
const GAP = 6;

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

export function showBeside(popover: HTMLElement, anchor: HTMLElement | DOMRect) {
  popover.classList.add('anchored-popover');
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
