import { NOTES_KEY } from '../../lib/readerNotes/keys';
import { isNoteList, type ReaderNote } from '../../lib/readerNotes/note';
import { store, stored } from '../storage';

/**
 * The reader's notes, kept in this browser's local storage only (never sent anywhere): a small list,
 * read whole and written whole. Local storage rather than IndexedDB: the notes are a few kilobytes,
 * and reading them at once, without waiting, lets the page mark their words before it is shown for long.
 */
export function readNotes(): ReaderNote[] {
  try {
    const value: unknown = JSON.parse(stored(NOTES_KEY) ?? '[]');
    return isNoteList(value) ? value : [];
  } catch {
    return [];
  }
}

export function writeNotes(notes: readonly ReaderNote[]): void {
  store(NOTES_KEY, JSON.stringify(notes));
  // Other pages of the site that are open hear of it through the storage event.
}
