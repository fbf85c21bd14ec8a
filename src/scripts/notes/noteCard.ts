import {
  paragraphId,
  paragraphPermalinkOf,
  PARAGRAPH_CLASS,
  paths,
  SENTENCE_CLASS,
} from '../../lib/contract';
import { quoteAt } from '../../lib/readerNotes/anchor';
import { notePlace, type ReaderNote } from '../../lib/readerNotes/note';
import popoverStyles from '../../styles/onDemand/popover.css?url';
import { showBeside } from '../popover/anchoredPopover';
import { loadStylesheet } from '../stylesheet';
import { markNotes, markOf } from './noteMarks';
import { readNotes, writeNotes } from './noteStore';
import { ParagraphWords } from './speechText';

/**
 * The card that adds, shows, edits and deletes a reader's note: a non-modal dialog in a popover beside
 * the words (Escape or a click elsewhere closes it, and the focus goes back where it was), built once, by
 * this script; what it shows is set as text, never as markup.
 */

/** Where a new note stands, before the reader has written it. */
type Draft = Omit<ReaderNote, 'text' | 'created' | 'modified'>;

const CARD_ID = 'reader-note-card';

function build() {
  const root = Object.assign(document.createElement('div'), { id: CARD_ID, className: 'note-card' });
  root.popover = 'auto';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', `${CARD_ID}-title`);
  // Fixed markup: the note, the words and every message are set as text below.
  root.innerHTML = `<p class="note-card-title" id="${CARD_ID}-title"></p>
<blockquote class="note-card-words"></blockquote>
<div class="note-card-view"><p class="note-card-text"></p>
<p class="note-card-actions"><button type="button" class="control" data-note-action="edit">Edit</button>
<button type="button" class="control" data-note-action="delete">Delete</button>
<button type="button" class="control" data-note-action="close">Close</button>
<a href="${paths.notes}">All your notes</a></p><p class="note-card-term" hidden><a></a></p></div>
<form class="note-card-form"><label for="${CARD_ID}-input">Your note</label>
<textarea id="${CARD_ID}-input" rows="4" required></textarea>
<p class="note-card-privacy">Kept in this browser only; nothing is sent anywhere.</p>
<p class="note-card-actions"><button type="submit" class="control">Save</button>
<button type="button" class="control" data-note-action="cancel">Cancel</button></p></form>`;
  const status = Object.assign(document.createElement('p'), { className: 'sr-only' });
  status.setAttribute('role', 'status');
  document.body.append(root, status);
  const part = <T extends Element>(selector: string) => root.querySelector<T>(selector) as T;
  return {
    root,
    status,
    title: part<HTMLElement>('.note-card-title'),
    words: part<HTMLElement>('.note-card-words'),
    view: part<HTMLElement>('.note-card-view'),
    text: part<HTMLElement>('.note-card-text'),
    term: part<HTMLElement>('.note-card-term'),
    form: part<HTMLFormElement>('form'),
    input: part<HTMLTextAreaElement>('textarea'),
  };
}

let card: ReturnType<typeof build> | undefined;
/** What the card is about: a note, or a draft; and where the focus goes back to when it closes. */
let shown: { note: ReaderNote | undefined; draft: Draft | undefined; back: HTMLElement | null } | undefined;

async function theCard() {
  if (card) return card;
  await loadStylesheet(popoverStyles);
  card ??= build();
  const { root, form } = card;
  root.addEventListener('click', (event) => {
    const action =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-note-action]') : null;
    const name = action?.dataset['noteAction'];
    if (name === 'edit') edit();
    else if (name === 'delete') remove();
    else if (name === 'close' || name === 'cancel') root.hidePopover();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  root.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const back = shown?.back;
    const focus = document.activeElement;
    if (back?.isConnected && (!focus || focus === document.body || root.contains(focus))) back.focus();
  });
  return card;
}

function say(message: string) {
  if (!card) return;
  card.status.textContent = '';
  requestAnimationFrame(() => card && (card.status.textContent = message));
}

function show(mode: 'view' | 'edit', words: string, title: string) {
  if (!card) return;
  card.title.textContent = title;
  card.words.textContent = `“${words}”`;
  card.view.hidden = mode !== 'view';
  card.form.hidden = mode !== 'edit';
}

/** Opens a note beside its mark, to read it, edit it or delete it. */
export async function showNote(id: string, mark: HTMLElement) {
  const note = readNotes().find((n) => n.id === id);
  const { root, text, term } = await theCard();
  if (!note) return;
  shown = { note, draft: undefined, back: mark };
  show('view', note.quote.exact, 'Your note');
  text.textContent = note.text;
  // Noted words that are a glossary term's link: the link is here, since a click on them opens the note.
  const link = mark.closest('a');
  term.hidden = !link;
  const to = term.querySelector('a');
  if (link && to)
    Object.assign(to, { href: link.href, textContent: `The glossary on “${link.textContent ?? ''}”` });
  showBeside(root, mark);
  root.querySelector<HTMLElement>('[data-note-action="edit"]')?.focus();
}

function edit() {
  if (!card || !shown?.note) return;
  show('edit', shown.note.quote.exact, 'Edit your note');
  card.input.value = shown.note.text;
  card.input.focus();
}

/** The note a selection would make: the words of one paragraph it covers, where they are, by a TextQuoteSelector. */
function draftOf(range: Range): Draft | undefined {
  const start =
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const paragraph = start?.closest(`.${PARAGRAPH_CLASS}[id]`);
  const permalink = paragraph && paragraphPermalinkOf(paragraph);
  if (!paragraph || !permalink) return undefined;
  const words = new ParagraphWords(paragraph);
  const from = words.offsetOf(range.startContainer, range.startOffset);
  // A selection that runs on into the next paragraph is a note on this one's words up to its end.
  const to = paragraph.contains(range.endContainer)
    ? words.offsetOf(range.endContainer, range.endOffset)
    : words.text.length;
  const trimmed = words.text.slice(from, to);
  const lead = trimmed.length - trimmed.trimStart().length;
  const [first, last] = [from + lead, from + lead + trimmed.trim().length];
  if (first >= last) return undefined;
  const firstNode = words.piecesOf(first, last)[0]?.node;
  const sentence = firstNode?.parentElement?.closest(`.${SENTENCE_CLASS}[id]`)?.id ?? paragraph.id;
  return {
    id: `urn:uuid:${crypto.randomUUID()}`,
    quote: quoteAt(words.text, first, last),
    sentence,
    page: new URL(permalink, location.href).pathname,
  };
}

/**
 * Opens the card to write a note on the selected words, below their last line. Cancelled, the focus
 * goes to the paragraph's number, its first stop.
 */
export async function addNote(range: Range) {
  const draft = draftOf(range);
  const { root, input } = await theCard();
  // Words selected by keyboard may have scrolled off: the card stands beside them, in view.
  const start = range.startContainer;
  (start instanceof Element ? start : start.parentElement)?.scrollIntoView({ block: 'nearest' });
  const box = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1);
  if (!draft || !box) return;
  const paragraph = document.getElementById(paragraphId(notePlace(draft).paragraph));
  shown = { note: undefined, draft, back: paragraph?.querySelector<HTMLElement>('a') ?? null };
  show('edit', draft.quote.exact, 'Add a note');
  input.value = '';
  showBeside(root, box);
  input.focus();
}

function save() {
  if (!card || !shown) return;
  const text = card.input.value.trim();
  if (!text) return;
  const now = new Date().toISOString();
  const notes = readNotes();
  const { note, draft } = shown;
  const saved: ReaderNote | undefined = note
    ? { ...note, text, modified: now }
    : draft && { ...draft, text, created: now, modified: now };
  if (!saved) return;
  writeNotes(note ? notes.map((n) => (n.id === note.id ? saved : n)) : [...notes, saved]);
  void markNotes().then(() => {
    const mark = markOf(saved.id);
    shown = { note: saved, draft: undefined, back: mark ?? shown?.back ?? null };
    card?.root.hidePopover();
    say(
      note
        ? 'Your note is saved.'
        : 'Your note is saved in this browser; all your notes are on the Your notes page.',
    );
  });
}

function remove() {
  if (!card || !shown?.note) return;
  const { note } = shown;
  const paragraph = markOf(note.id)?.closest<HTMLElement>(`.${PARAGRAPH_CLASS}`);
  writeNotes(readNotes().filter((n) => n.id !== note.id));
  void markNotes().then(() => {
    // The mark is gone: the focus goes to the paragraph's number, its first stop.
    shown = { note: undefined, draft: undefined, back: paragraph?.querySelector<HTMLElement>('a') ?? null };
    card?.root.hidePopover();
    say('Your note is deleted.');
  });
}
