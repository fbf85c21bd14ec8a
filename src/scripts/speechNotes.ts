const NARROW = matchMedia('(max-width: 63.99rem)');

/**
 * `<speech-notes>`: on narrow screens a note mark opens and closes its note in place (aria-expanded),
 * instead of jumping to it. Without this script the mark is a link and `:target` shows the note.
 */
class SpeechNotes extends HTMLElement {
  connectedCallback() {
    for (const mark of this.querySelectorAll<HTMLAnchorElement>('a.note-ref')) {
      mark.setAttribute('aria-controls', mark.hash.slice(1));
      mark.setAttribute('aria-expanded', 'false');
    }
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const mark = target?.closest<HTMLAnchorElement>('a.note-ref');
      const back = target?.closest<HTMLAnchorElement>('a.sidenote-back');
      if (!NARROW.matches || !(mark ?? back)) return;
      event.preventDefault();
      if (mark) this.#toggle(mark);
      else if (back) this.#close(back.hash.slice(1));
    });
    this.addEventListener('keydown', (event) => {
      const note = event.target instanceof Element ? event.target.closest('.sidenote') : null;
      if (event.key === 'Escape' && note) this.#close(note.id.replace('-n', '-r'));
    });
  }

  #toggle(mark: HTMLAnchorElement) {
    const note = document.getElementById(mark.hash.slice(1));
    if (!note) return;
    const open = !note.classList.contains('is-open');
    note.classList.toggle('is-open', open);
    mark.setAttribute('aria-expanded', String(open));
  }

  #close(markId: string) {
    const mark = document.getElementById(markId);
    if (mark instanceof HTMLAnchorElement && mark.getAttribute('aria-expanded') === 'true')
      this.#toggle(mark);
    mark?.focus();
  }
}

customElements.define('speech-notes', SpeechNotes);
