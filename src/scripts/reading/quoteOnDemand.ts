import { PARAGRAPH_CLASS } from '../../lib/contract';

/**
 * Loads quoting.ts (clean copy and the quote toolbar) when the reader first selects words of the speech,
 * so a reader who never selects runs none of it. Selecting comes before copying, so the copy handler is in
 * place by then; without scripts, CSS keeps our marks out of a selection (prose.css).
 */
const paragraphs = document.getElementsByClassName(PARAGRAPH_CLASS);

function onSelection() {
  const selection = getSelection();
  if (!selection || selection.isCollapsed) return;
  if (![...paragraphs].some((paragraph) => selection.containsNode(paragraph, true))) return;
  document.removeEventListener('selectionchange', onSelection);
  void import('./quoting');
}

if (paragraphs.length > 0) document.addEventListener('selectionchange', onSelection);
