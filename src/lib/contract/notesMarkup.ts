/**
 * The parts of the reader's notes page that markup writes and its script reads (pages/notes.astro,
 * scripts/notes/readerNotes.ts).
 */

/** The field that filters the notes by their words or text. */
export const NOTES_FILTER = 'data-notes-filter';
/** The choice of citation style for the notes' citations. */
export const NOTES_STYLE = 'data-notes-style';
/** On each button: what it does. */
export const NOTES_ACTION = 'data-notes-action';
export type NotesAction = 'copy-markdown' | 'export-annotations' | 'export-markdown' | 'import';
/** The file field that the Import button opens. */
export const NOTES_IMPORT = 'data-notes-import';
/** The list of notes, and the line shown when there are none. */
export const NOTES_LIST = 'data-notes-list';
export const NOTES_EMPTY = 'data-notes-empty';
/** The status line: what an export, an import or a deletion did. */
export const NOTES_STATUS = 'data-notes-status';

/** The attribute that names a button's action, as markup spreads it. */
export const notesAction = (action: NotesAction) => ({ [NOTES_ACTION]: action });
