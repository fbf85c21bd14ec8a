import { READER_NOTE } from '../../lib/contract';
import { showNote } from './noteCard';
import { markOf } from './noteMarks';

/**
 * The reader's notes in the speech: their words marked (noteMarks.ts), and a mark that opens its note
 * on click or Enter (noteCard.ts). Loaded where the speech is shown and the reader has notes
 * (reading/quoteOnDemand.ts), and with the quote toolbar, which adds them (reading/quoting.ts).
 */

function noteOfEvent(event: Event): HTMLElement | undefined {
  const target =
    event.target instanceof Element ? event.target.closest<HTMLElement>(`mark[${READER_NOTE}]`) : null;
  return target ?? undefined;
}

function open(mark: HTMLElement) {
  const id = mark.getAttribute(READER_NOTE) ?? '';
  void showNote(id, markOf(id) ?? mark);
}

// Module listeners (README, "Client code"): the marks are spread over the whole speech.
document.addEventListener('click', (event) => {
  const found = noteOfEvent(event);
  // A click that ends a selection is a selection. Words of a term's link that the reader noted open
  // the note, whose card then offers the term's link (noteCard.ts).
  if (!found || getSelection()?.isCollapsed === false) return;
  event.preventDefault();
  open(found);
});
document.addEventListener('keydown', (event) => {
  const found = noteOfEvent(event);
  if (found && event.key === 'Enter') {
    event.preventDefault();
    open(found);
  }
});
