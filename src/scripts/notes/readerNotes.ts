import { CITATION_STYLE_KEY, formatCitation, quoteCitationStyle } from '../../lib/citing/citation';
import {
  NOTES_ACTION,
  NOTES_EMPTY,
  NOTES_FILTER,
  NOTES_IMPORT,
  NOTES_LIST,
  NOTES_STATUS,
  NOTES_STYLE,
  paths,
  READER_NOTES_ELEMENT,
  type NotesAction,
} from '../../lib/contract';
import { locateQuote } from '../../lib/readerNotes/anchor';
import { NOTES_KEY } from '../../lib/readerNotes/keys';
import { notesMarkdown } from '../../lib/readerNotes/markdown';
import { inSpeechOrder, notePlace, type ReaderNote } from '../../lib/readerNotes/note';
import { notesCollection, readAnnotations, sentenceAddress } from '../../lib/readerNotes/webAnnotations';
import { plural } from '../../lib/text/numbers';
import { citedAddress, citedSpeechOfPage } from '../citing/citedSpeech';
import { ConnectedElement } from '../connectedElement';
import { store, stored } from '../storage';
import { loadStylesheet } from '../stylesheet';
import notesPageStyles from '../../styles/onDemand/readerNotes.css?url';
import { readNotes, writeNotes } from './noteStore';

/** The speech's paragraphs as the open data gives them: what an imported note's words are looked for in. */
async function paragraphTexts(): Promise<Map<number, string>> {
  const response = await fetch(paths.speechJson);
  const data = (await response.json()) as { paragraphs: { number: number; text: string }[] };
  return new Map(data.paragraphs.map((p) => [p.number, p.text]));
}

/** Saves a text as a file the browser downloads. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The title of an export: the speech's, as the page's citation data gives it. */
const exportTitle = () => `Your notes on “${citedSpeechOfPage()?.title ?? 'the speech'}”`;

/**
 * `<speech-reader-notes>` on /notes/: every note the reader wrote, in speech order, each with its words,
 * what they wrote, a link to the words and their citation in the style chosen; a filter, deletion, and
 * the notes copied or exported as Markdown or as W3C Web Annotations, and imported from such a file.
 * Everything stays in this browser: the only request is for the site's own /speech.json, on import.
 */
class ReaderNotes extends ConnectedElement {
  #part<T extends HTMLElement>(attribute: string) {
    return this.querySelector<T>(`[${attribute}]`);
  }

  protected connect() {
    void loadStylesheet(notesPageStyles);
    const style = this.#part<HTMLSelectElement>(NOTES_STYLE);
    if (style) style.value = quoteCitationStyle(stored(CITATION_STYLE_KEY));
    this.listen(this, 'input', () => this.#render());
    this.listen(this, 'change', (event) => {
      if (event.target === style && style) store(CITATION_STYLE_KEY, style.value);
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        void this.#import(event.target);
      else this.#render();
    });
    this.listen(this, 'click', (event) => {
      const control =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>(`[${NOTES_ACTION}], [data-delete]`)
          : null;
      if (!control) return;
      const deleting = control.dataset['delete'];
      if (deleting) this.#delete(deleting);
      else void this.#act(control.getAttribute(NOTES_ACTION) as NotesAction);
    });
    // Notes added or changed in another tab of the site.
    this.listen<StorageEvent>(window, 'storage', (event) => {
      if (event.key === NOTES_KEY) this.#render();
    });
    this.#render();
  }

  #notes(): ReaderNote[] {
    return inSpeechOrder(readNotes());
  }

  #cite(note: ReaderNote): string {
    const cited = citedSpeechOfPage();
    const url = sentenceAddress(note, citedAddress);
    const style = quoteCitationStyle(this.#part<HTMLSelectElement>(NOTES_STYLE)?.value ?? null);
    return cited ? formatCitation(style, cited, { url, paragraph: notePlace(note).paragraph }) : url;
  }

  #say(message: string) {
    const status = this.#part(NOTES_STATUS);
    if (status) status.textContent = message;
  }

  #render() {
    const list = this.#part<HTMLOListElement>(NOTES_LIST);
    if (!list) return;
    const query = (this.#part<HTMLInputElement>(NOTES_FILTER)?.value ?? '').trim().toLowerCase();
    const notes = this.#notes();
    const shown = notes.filter((note) => `${note.quote.exact} ${note.text}`.toLowerCase().includes(query));
    list.replaceChildren(...shown.map((note) => this.#item(note)));
    const empty = this.#part(NOTES_EMPTY);
    if (empty) empty.hidden = notes.length > 0;
    if (query && notes.length > 0)
      this.#say(`${shown.length} of ${notes.length} ${plural(notes.length, 'note')} hold “${query}”.`);
  }

  /** One note: its words, what the reader wrote, where the words are and their citation (text, never markup). */
  #item(note: ReaderNote): HTMLLIElement {
    const { paragraph, sentence } = notePlace(note);
    const item = Object.assign(document.createElement('li'), { className: 'reader-note' });
    const words = Object.assign(document.createElement('blockquote'), {
      className: 'reader-note-words',
      textContent: `“${note.quote.exact}”`,
    });
    const text = Object.assign(document.createElement('p'), {
      className: 'reader-note-text',
      textContent: note.text,
    });
    const place = Object.assign(document.createElement('p'), { className: 'reader-note-place' });
    place.append(
      Object.assign(document.createElement('a'), {
        href: sentenceAddress(note, (path) => path),
        textContent: `¶${paragraph}, sentence ${sentence}`,
      }),
      ` · ${this.#cite(note)}`,
    );
    const remove = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'control reader-note-delete',
      textContent: 'Delete',
    });
    remove.dataset['delete'] = note.id;
    remove.setAttribute('aria-label', `Delete your note on “${note.quote.exact.slice(0, 40)}”`);
    item.append(words, text, place, remove);
    return item;
  }

  #delete(id: string) {
    writeNotes(readNotes().filter((note) => note.id !== id));
    this.#render();
    this.#say('The note is deleted.');
    this.#part<HTMLInputElement>(NOTES_FILTER)?.focus();
  }

  async #act(action: NotesAction) {
    const notes = this.#notes();
    const markdown = () => notesMarkdown(notes, { title: exportTitle(), cite: (note) => this.#cite(note) });
    if (action === 'import') return this.#part<HTMLInputElement>(NOTES_IMPORT)?.click();
    if (notes.length === 0) return this.#say('There are no notes to copy or export yet.');
    if (action === 'copy-markdown') {
      try {
        await navigator.clipboard.writeText(markdown());
        this.#say(`${notes.length} ${plural(notes.length, 'note')} copied as Markdown.`);
      } catch {
        this.#say('The browser refused the clipboard: export the notes as Markdown instead.');
      }
    } else if (action === 'export-markdown') {
      download('your-notes.md', 'text/markdown', markdown());
      this.#say('Your notes are saved as Markdown (your-notes.md).');
    } else {
      const collection = notesCollection(notes, citedAddress, exportTitle());
      download('your-notes.jsonld', 'application/ld+json', `${JSON.stringify(collection, null, 2)}\n`);
      this.#say('Your notes are saved as W3C Web Annotations (your-notes.jsonld).');
    }
  }

  /** Reads a file of Web Annotations; notes whose words are not in the speech are listed, not kept. */
  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let imported;
    try {
      imported = readAnnotations(JSON.parse(await file.text()));
    } catch (error) {
      this.#say(
        error instanceof SyntaxError
          ? 'This file is not JSON, so not a set of Web Annotations: nothing was imported.'
          : `${error instanceof Error ? error.message : String(error)} Nothing was imported.`,
      );
      return;
    }
    const texts = await paragraphTexts();
    const have = new Set(readNotes().map((note) => note.id));
    const found = imported.notes.filter((note) =>
      locateQuote(texts.get(notePlace(note).paragraph) ?? '', note.quote),
    );
    const missing = imported.notes.filter((note) => !found.includes(note));
    const added = found.filter((note) => !have.has(note.id));
    writeNotes([...readNotes(), ...added]);
    this.#render();
    const parts = [`${added.length} ${plural(added.length, 'note')} imported.`];
    if (found.length > added.length) parts.push(`${found.length - added.length} you had already.`);
    if (missing.length > 0)
      parts.push(
        `Not found in the speech, so not imported: ${missing.map((note) => `“${note.quote.exact}”`).join('; ')}.`,
      );
    if (imported.leftOut > 0)
      parts.push(
        `${imported.leftOut} annotations were not a reader’s notes (the edition’s own) and were left out.`,
      );
    this.#say(parts.join(' '));
  }
}

customElements.define(READER_NOTES_ELEMENT, ReaderNotes);
