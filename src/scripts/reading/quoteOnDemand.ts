import { PARAGRAPH_CLASS, paragraphPermalinkOf } from '../../lib/contract';
import { LAST_READ_KEY, NOTES_KEY } from '../../lib/readerNotes/keys';
import { store, stored } from '../storage';

/**
 * Loads quoting.ts (clean copy and the quote toolbar) when the reader first selects words of the speech,
 * so a reader who never selects runs none of it. Selecting comes before copying, so the copy handler is in
 * place by then; without scripts, CSS keeps our marks out of a selection (prose.css). The marks of the
 * reader's own notes load here too, where the speech is shown and the reader has notes.
 */
const paragraphs = document.getElementsByClassName(PARAGRAPH_CLASS);

function onSelection() {
  const selection = getSelection();
  if (!selection || selection.isCollapsed) return;
  if (![...paragraphs].some((paragraph) => selection.containsNode(paragraph, true))) return;
  document.removeEventListener('selectionchange', onSelection);
  void import('./quoting');
}

if (paragraphs.length > 0) {
  document.addEventListener('selectionchange', onSelection);
  // The paragraph the reader leaves the page at, for "Continue reading" (lib/readerNotes/keys.ts).
  addEventListener('pagehide', () => {
    const at = [...paragraphs].find((p) => p.getBoundingClientRect().bottom > innerHeight / 4);
    const permalink = at && paragraphPermalinkOf(at);
    if (!permalink) return;
    const url = new URL(permalink, location.href);
    store(LAST_READ_KEY, url.pathname + url.hash);
  });
  // The reader's own notes are marked in the speech when they have any (a stored list longer than "[]").
  if ((stored(NOTES_KEY)?.length ?? 0) > 2) void import('../notes/notesInSpeech');
}
