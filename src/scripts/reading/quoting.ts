import { CITATION_STYLE_KEY, formatCitation, quoteCitationStyle } from '../../lib/citing/citation';
import { formatQuote, formatWords, quoteLink } from '../../lib/citing/quote';
import { CLEAN_COPY, PARAGRAPH_CLASS } from '../../lib/contract';
import quoteStyles from '../../styles/onDemand/quote.css?url';
import { citedSpeechOfPage } from '../citing/citedSpeech';
// A lazy import from this lazy chunk would bring Vite's preload helper back into every page's script
// (build/bundling/withoutPreloadHelper.ts): the note card comes with the toolbar.
import { addNote as openNoteCard } from '../notes/noteCard';
import '../notes/notesInSpeech';
import { stored } from '../storage';
import { loadStylesheet } from '../stylesheet';
import { speechSelectionOf, type SpeechSelection } from './speechSelection';

/**
 * Quoting the speech, loaded by quoteOnDemand.ts when the reader first selects its words.
 * - Copying (keyboard, menu or touch) a selection that holds the speaker's words puts only those words on
 *   the clipboard, as plain text and HTML; a selection inside one note or commentary copies as it is.
 * - A toolbar beside the selection (a bar at the screen's edge on phones) copies the words as a cited
 *   quote with a link that lands on them, or the link alone. Tab reaches it from a keyboard selection,
 *   Escape dismisses it, and it never covers the selection.
 */

const GAP = 8;

function currentSelection(): SpeechSelection | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  return speechSelectionOf(selection.getRangeAt(0));
}

/** What CiteDialog.astro embeds for citing, which a quote's citation needs too. */

async function writeClipboard({ plain, html }: { plain: string; html: string }) {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } catch {
    await navigator.clipboard.writeText(plain);
  }
}

document.addEventListener('copy', (event) => {
  const quote = currentSelection();
  if (!quote || !event.clipboardData) return;
  const { plain, html } = formatWords(quote.text);
  event.clipboardData.setData('text/plain', plain);
  event.clipboardData.setData('text/html', html);
  event.preventDefault();
});
// Copies are clean from now on: a note inside the speech may be selected on its own (prose.css).
document.documentElement.setAttribute(CLEAN_COPY, '');

function toolbar(): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'quote-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Quote the selected words');
  bar.hidden = true;
  // Fixed markup: no reader's or page's text goes into it.
  bar.innerHTML = `<button type="button" class="control" data-quote="quote">Copy quote</button>
<button type="button" class="control" data-quote="link">Copy link</button>
<button type="button" class="control" data-quote="note">Add a note</button>
<p role="status" class="quote-status"></p><p role="status" class="sr-only" data-quote-hint></p>`;
  return bar;
}

const bar = document.body.appendChild(toolbar());
const status = bar.querySelector<HTMLElement>('.quote-status');
const hint = bar.querySelector<HTMLElement>('[data-quote-hint]');
/** Says what a button did, in the bar, which grows to show it (and so is placed again). */
const say = (message: string) => {
  if (status) status.textContent = message;
  if (!bar.hidden) place();
};
let shown: SpeechSelection | undefined;

/** Beside the selection, below its last line or above its first when below would leave the screen. */
function place() {
  const range = getSelection()?.getRangeAt(0);
  const rects = range ? [...range.getClientRects()].filter((rect) => rect.width > 0) : [];
  const first = rects[0];
  const last = rects.at(-1);
  if (!first || !last) return;
  const height = bar.offsetHeight;
  const phone = matchMedia('(max-width: 40rem)').matches;
  if (phone) {
    // A bar across the bottom of the screen, or the top when the selection reaches down there.
    const covers = rects.some((rect) => rect.bottom > innerHeight - height - GAP);
    bar.dataset['edge'] = covers ? 'top' : 'bottom';
    bar.style.removeProperty('inset-block-start');
    bar.style.removeProperty('inset-inline-start');
    return;
  }
  delete bar.dataset['edge'];
  const below = last.bottom + GAP + height <= innerHeight;
  const top = below ? last.bottom + GAP : Math.max(first.top - GAP - height, 0);
  const left = Math.min(Math.max(below ? last.left : first.left, GAP), innerWidth - bar.offsetWidth - GAP);
  bar.style.insetBlockStart = `${top + scrollY}px`;
  bar.style.insetInlineStart = `${left + scrollX}px`;
}

function hide() {
  bar.hidden = true;
  shown = undefined;
  say('');
  if (hint) hint.textContent = '';
}

async function show(quote: SpeechSelection) {
  const wasHidden = bar.hidden;
  shown = quote;
  await loadStylesheet(quoteStyles);
  if (shown !== quote) return;
  bar.hidden = false;
  place();
  if (wasHidden && hint) {
    // For screen readers and keyboards; sighted readers see the bar itself.
    hint.textContent = `Quote tools for the selected words of paragraph ${quote.paragraph}: press Tab to reach them.`;
  }
}

let pending = 0;
function onSelectionChange() {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => {
    if (bar.contains(document.activeElement)) return;
    const quote = currentSelection();
    if (quote) void show(quote);
    else hide();
  });
}

async function copy(kind: string) {
  const quote = shown;
  const cited = citedSpeechOfPage();
  if (!quote) return;
  const link = quoteLink(quote.permalink, quote.anchorId, quote);
  try {
    if (kind === 'link') {
      await writeClipboard({ plain: link, html: `<a href="${link}">${link}</a>` });
      say(`Link to these words copied: ${link}`);
      return;
    }
    const style = quoteCitationStyle(stored(CITATION_STYLE_KEY));
    const citation = cited ? formatCitation(style, cited, { url: link, paragraph: quote.paragraph }) : link;
    await writeClipboard(formatQuote(quote.text, citation, link));
    say('Quote copied, with its citation and a link to the words.');
  } catch {
    say('The browser refused the clipboard: copy the selected words with Ctrl+C or ⌘C.');
  }
}

// Pressing a button must not clear the selection it acts on.
bar.addEventListener('pointerdown', (event) => event.preventDefault());
/** A note on the selected words (scripts/notes/noteCard.ts, which comes with this code). */
async function addNote() {
  const selection = getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
  if (!range || !shown) return;
  hide();
  await openNoteCard(range);
}

bar.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-quote]') : null;
  const kind = button?.dataset['quote'];
  if (kind === 'note') void addNote();
  else if (kind) void copy(kind);
});
document.addEventListener('selectionchange', onSelectionChange);
document.addEventListener('keydown', (event) => {
  if (bar.hidden) return;
  if (event.key === 'Escape') {
    const inBar = bar.contains(document.activeElement);
    hide();
    if (inBar && document.activeElement instanceof HTMLElement) document.activeElement.blur();
  } else if (event.key === 'Tab' && !event.shiftKey && !bar.contains(document.activeElement)) {
    const focused = document.activeElement;
    // From a selection (focus on the page, or on the text's own link), Tab goes to the toolbar first.
    if (focused && focused !== document.body && !focused.closest(`.${PARAGRAPH_CLASS}`)) return;
    event.preventDefault();
    bar.querySelector<HTMLElement>('button')?.focus();
  }
});
// The selection moves on screen as the page scrolls: on phones the bar may have to change edges.
let placing = 0;
const placeSoon = () => {
  cancelAnimationFrame(placing);
  placing = requestAnimationFrame(() => {
    if (!bar.hidden) place();
  });
};
addEventListener('resize', placeSoon);
addEventListener('scroll', placeSoon, { passive: true });
bar.addEventListener('focusout', (event) => {
  if (!(event.relatedTarget instanceof Node && bar.contains(event.relatedTarget)) && !currentSelection())
    hide();
});

onSelectionChange();
