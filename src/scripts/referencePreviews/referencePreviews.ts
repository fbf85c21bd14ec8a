import { EDITORIAL, paths } from '../../lib/contract';
import { previewTarget, type PreviewData, type PreviewTarget } from '../../lib/referencePreviews/previewData';
import popoverStyles from '../../styles/onDemand/popover.css?url';
import previewStyles from '../../styles/onDemand/referencePreview.css?url';
import { appendMixedText, chineseSpan } from '../chineseText';
import { showBeside } from '../popover/anchoredPopover';
import { loadStylesheet } from '../stylesheet';

/**
 * Previews of the references in the editors' text: a link to a glossary entry shows the term, its Chinese
 * and pinyin and its definition; a link to a paragraph or a sentence of the speech shows its words, set as
 * the speaker's. A tooltip (WAI-ARIA): shown on hover after a short delay or at once on keyboard focus,
 * kept while the pointer is over it, closed by Escape, by moving away or by leaving the link; the link
 * still follows on click or Enter. On a device without hover (a phone) a tap follows the link and nothing
 * is previewed. Inside the speech's paragraphs the margin notes already show what a term means: their
 * links are not previewed (the first script's loader, site.ts, hands over only links outside them). Loaded on the first hover or focus of such a
 * link; everything it shows comes from one small file, fetched once (lib/referencePreviews/previewData.ts).
 */

const HOVER_DELAY = 300;
const LEAVE_DELAY = 200;
const PREVIEW_ID = 'reference-preview';
/** Whether the reader has a pointer that hovers: a phone's tap follows the link, with no preview. */
const HOVER = matchMedia('(hover: hover)');

let data: Promise<PreviewData | undefined> | undefined;
const previewData = () =>
  (data ??= fetch(paths.referencePreviews)
    .then((response) => (response.ok ? (response.json() as Promise<PreviewData>) : undefined))
    .catch(() => {
      data = undefined;
      return undefined;
    }));

let tip: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let timer = 0;

function theTip(): HTMLElement {
  if (tip) return tip;
  tip = Object.assign(document.createElement('div'), { id: PREVIEW_ID, className: 'reference-preview' });
  tip.popover = 'manual';
  tip.setAttribute('role', 'tooltip');
  tip.addEventListener('pointerenter', () => clearTimeout(timer));
  tip.addEventListener('pointerleave', () => hideSoon());
  document.body.append(tip);
  return tip;
}

function fill(element: HTMLElement, target: PreviewTarget, found: PreviewData): boolean {
  element.replaceChildren();
  // An entry is the editors' words, a passage the speaker's under the editors' label.
  element.toggleAttribute(EDITORIAL, target.kind === 'entry');
  if (target.kind === 'entry') {
    const entry = found.entries[target.id];
    if (!entry) return false;
    const head = Object.assign(document.createElement('p'), { className: 'reference-preview-head' });
    head.append(Object.assign(document.createElement('b'), { textContent: entry.term }));
    if (entry.chinese) {
      head.append(' ', chineseSpan(entry.chinese));
      if (entry.pinyin)
        head.append(' ', Object.assign(document.createElement('i'), { textContent: entry.pinyin }));
    }
    const definition = document.createElement('p');
    appendMixedText(definition, entry.definition);
    element.append(head, definition);
    return true;
  }
  const paragraph = found.paragraphs[target.paragraph];
  const span = target.sentence === undefined ? undefined : paragraph?.sentences[target.sentence - 1];
  if (!paragraph || (target.sentence !== undefined && !span)) return false;
  const label = `¶${target.paragraph.slice(1)}${target.sentence === undefined ? '' : `, sentence ${target.sentence}`}`;
  const words = Object.assign(document.createElement('blockquote'), {
    className: 'reference-preview-words',
    textContent: span ? paragraph.text.slice(...span) : paragraph.text,
  });
  const head = Object.assign(document.createElement('p'), {
    className: 'reference-preview-head',
    textContent: label,
  });
  head.setAttribute(EDITORIAL, '');
  element.append(head, words);
  return true;
}

function hide() {
  clearTimeout(timer);
  if (tip?.matches(':popover-open')) tip.hidePopover();
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function hideSoon() {
  clearTimeout(timer);
  timer = window.setTimeout(hide, LEAVE_DELAY);
}

async function show(link: HTMLAnchorElement, target: PreviewTarget) {
  const [found] = await Promise.all([
    previewData(),
    loadStylesheet(popoverStyles),
    loadStylesheet(previewStyles),
  ]);
  if (current !== link || !found) return;
  const element = theTip();
  if (!fill(element, target, found)) return;
  link.setAttribute('aria-describedby', PREVIEW_ID);
  showBeside(element, link);
}

/**
 * Previews a reference, as the first script's loader hands it a link when the pointer goes over it or
 * the focus comes to it (site.ts).
 */
export function preview(link: HTMLAnchorElement, event: Event) {
  const target = previewTarget(new URL(link.href, location.href));
  if (!target || link === current || !HOVER.matches) return;
  hide();
  current = link;
  const leave = event.type === 'focusin' ? 'focusout' : 'pointerleave';
  link.addEventListener(leave, () => (leave === 'focusout' ? hide() : hideSoon()), { once: true });
  link.addEventListener('click', hide, { once: true });
  if (event.type === 'focusin') void show(link, target);
  else timer = window.setTimeout(() => void show(link, target), HOVER_DELAY);
}

// Escape closes a preview wherever the focus is (WCAG 1.4.13: dismissible without moving the pointer).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide();
});
