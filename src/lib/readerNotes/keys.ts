/**
 * Where the reader's own layer is kept in the browser's local storage: a module of its own, so that the
 * first script, which reads whether there is anything to show, carries these names and nothing else.
 */

/** The reader's notes on the speech (scripts/notes/noteStore.ts). */
export const NOTES_KEY = 'reader-notes';

/** The paragraph the reader last read, for "Continue reading" (its address on its section page). */
export const LAST_READ_KEY = 'last-read';
