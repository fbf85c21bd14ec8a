import { PARAGRAPH_CLASS, parseParagraphId, READER_NOTE } from '../../lib/contract';
import { locateQuote } from '../../lib/readerNotes/anchor';
import { NOTES_KEY } from '../../lib/readerNotes/keys';
import { notePlace, type ReaderNote } from '../../lib/readerNotes/note';
import notesStyles from '../../styles/onDemand/notes.css?url';
import { loadStylesheet } from '../stylesheet';
import { readNotes } from './noteStore';
import { ParagraphWords } from './speechText';

/**
 * The reader's notes, marked in the speech wherever their words are shown (a section page, /speech/):
 * each note's words in `<mark data-reader-note>` (several marks when the words cross a sentence or a
 * term's link; nested marks where notes overlap), the first of them reachable by Tab. A mark opens its
 * note by notesInSpeech.ts, which loads this module.
 */

const paragraphs = () => [...document.querySelectorAll<HTMLElement>(`.${PARAGRAPH_CLASS}[id]`)];

/** Takes the marks out, leaving the words as they were. */
function unmark(paragraph: Element) {
  for (const mark of paragraph.querySelectorAll(`mark[${READER_NOTE}]`)) mark.replaceWith(...mark.childNodes);
  paragraph.normalize();
}

function mark(words: ParagraphWords, note: ReaderNote): boolean {
  const found = locateQuote(words.text, note.quote);
  if (!found) return false;
  for (const [i, { node, from, to }] of words.piecesOf(found.start, found.end).entries()) {
    const piece = node.splitText(from);
    piece.splitText(to - from);
    const element = document.createElement('mark');
    element.setAttribute(READER_NOTE, note.id);
    // One stop of the keyboard per note, at its first words.
    if (i === 0) element.tabIndex = 0;
    element.setAttribute('aria-describedby', HINT_ID);
    piece.replaceWith(element);
    element.append(piece);
  }
  return true;
}

const HINT_ID = 'reader-note-hint';

/** What a screen reader says of a mark, besides its words: that it is the reader's note, and how to open it. */
function hint() {
  if (document.getElementById(HINT_ID)) return;
  const element = Object.assign(document.createElement('p'), {
    id: HINT_ID,
    hidden: true,
    textContent: 'Your note on these words: press Enter to read it.',
  });
  document.body.append(element);
}

/** Marks every note's words on this page, as the notes now are. Returns the notes whose words were found. */
export async function markNotes(notes: readonly ReaderNote[] = readNotes()): Promise<Set<string>> {
  if (notes.length > 0 || document.querySelector(`mark[${READER_NOTE}]`)) await loadStylesheet(notesStyles);
  hint();
  const marked = new Set<string>();
  for (const paragraph of paragraphs()) {
    unmark(paragraph);
    const number = parseParagraphId(paragraph.id);
    const own = notes.filter((note) => notePlace(note).paragraph === number);
    for (const note of own) if (mark(new ParagraphWords(paragraph), note)) marked.add(note.id);
  }
  return marked;
}

/** The first mark of a note, which takes the focus. */
export const markOf = (id: string) =>
  [...document.querySelectorAll<HTMLElement>(`mark[${READER_NOTE}]`)].find(
    (element) => element.getAttribute(READER_NOTE) === id,
  );

addEventListener('storage', (event) => {
  if (event.key === NOTES_KEY) void markNotes();
});

void markNotes();
