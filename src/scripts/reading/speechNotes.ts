import {
  EDITORIAL,
  NOTE_BACK_CLASS,
  NOTE_CLASS,
  NOTE_MARK_CLASS,
  NOTES_ELEMENT,
  paragraphPermalinkOf,
  parseNoteId,
} from '../../lib/contract';
import { ConnectedElement } from '../connectedElement';

const NARROW = matchMedia('(width < 64rem)');
const PRINT = matchMedia('print');

/**
 * The notes as numbered footnotes, for print: built from the notes themselves when the page is about to
 * print, so the page does not carry a second copy of every note. Each gives its paragraph and the address
 * of its glossary entry. Without scripts, print.css prints each note in brackets where it stands.
 */
function footnotes(notes: HTMLElement[]): HTMLElement {
  const section = document.createElement('section');
  section.className = 'print-notes';
  section.setAttribute(EDITORIAL, '');
  section.setAttribute('aria-labelledby', 'print-notes-heading');
  const heading = document.createElement('h2');
  heading.id = 'print-notes-heading';
  heading.textContent = 'Notes';
  const list = document.createElement('ol');
  for (const note of notes) {
    const item = document.createElement('li');
    for (const child of note.childNodes)
      if (!(child instanceof HTMLAnchorElement)) item.append(child.cloneNode(true));
    // The entry's public address, like the paragraph permalinks printed beside the text.
    const entry = note.querySelector(`a:not(.${NOTE_BACK_CLASS})`)?.getAttribute('href') ?? '';
    const base = paragraphPermalinkOf(note) ?? location.href;
    item.append(`(¶${parseNoteId(note.id)?.paragraph ?? ''}; ${new URL(entry, base).href})`);
    item.normalize();
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

/**
 * `<speech-notes>`: on narrow screens a note mark opens and closes its note (aria-expanded) as a popover
 * under the number, instead of jumping to it: the popover's code loads on the first note opened
 * (popover/anchoredPopover.ts), and the note stays after its mark in the page, where Tab and a screen reader
 * reach it next. Escape, a click elsewhere, the mark again or "Back to the text" close it and return focus
 * to the mark. Without this script the mark is a link and `:target` shows the note as a sheet at the foot
 * of the screen. In print the notes become footnotes after the text (see `footnotes`).
 */
class SpeechNotes extends ConnectedElement {
  #footnotes: HTMLElement | undefined;

  protected connect() {
    const forPrint = () => {
      if (this.#footnotes) return;
      this.#footnotes = footnotes([...this.querySelectorAll<HTMLElement>(`.${NOTE_CLASS}`)]);
      this.after(this.#footnotes);
    };
    this.listen(window, 'beforeprint', forPrint);
    this.listen<MediaQueryListEvent>(PRINT, 'change', (event) => {
      if (event.matches) forPrint();
    });
    for (const mark of this.querySelectorAll<HTMLAnchorElement>(`a.${NOTE_MARK_CLASS}`)) {
      mark.setAttribute('aria-controls', mark.hash.slice(1));
      mark.setAttribute('aria-expanded', 'false');
    }
    this.listen(this, 'click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const mark = target?.closest<HTMLAnchorElement>(`a.${NOTE_MARK_CLASS}`);
      const back = target?.closest<HTMLAnchorElement>(`a.${NOTE_BACK_CLASS}`);
      if (!NARROW.matches || !(mark ?? back)) return;
      event.preventDefault();
      if (mark) this.#toggle(mark);
      else back?.closest<HTMLElement>(`.${NOTE_CLASS}`)?.hidePopover();
    });
  }

  #toggle(mark: HTMLAnchorElement) {
    const note = document.getElementById(mark.hash.slice(1));
    if (!note) return;
    if (note.matches(':popover-open')) return note.hidePopover();
    mark.setAttribute('aria-expanded', 'true');
    void import('../popover/anchoredPopover').then(({ showAnchored }) =>
      showAnchored(note, mark, () => {
        mark.setAttribute('aria-expanded', 'false');
        const focused = document.activeElement;
        if (!focused || focused === document.body || note.contains(focused)) mark.focus();
      }),
    );
  }
}

customElements.define(NOTES_ELEMENT, SpeechNotes);
