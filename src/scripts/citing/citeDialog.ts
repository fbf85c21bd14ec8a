import {
  CITATION_STYLE_KEY,
  CITATION_STYLE_NAMES,
  CITATION_STYLES,
  formatCitation,
  type CitedSpeech,
  type CitationStyle,
  type CitationTarget,
} from '../../lib/citing/citation';
import { CITE_ELEMENT, citedParagraph, paragraphPermalinkOf, paths } from '../../lib/contract';
import citeDialogStyles from '../../styles/onDemand/citeDialog.css?url';
import { ConnectedElement } from '../connectedElement';
import { store } from '../storage';
import { loadStylesheet } from '../stylesheet';

/**
 * The whole speech's public address: its path on the site the page's canonical link names (SITE_URL's
 * when the build knew it; the link's href property resolves a root-relative one against the page's own).
 */
function speechUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(paths.speech, canonical ?? location.href).href;
}

const ROWS: Record<CitationStyle, number> = { chicago: 3, mla: 3, apa: 3, bibtex: 9, ris: 9 };

/** The dialog: a field and a Copy button for each style, and the RIS download (styled in onDemand/citeDialog.css). */
function dialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'cite-dialog';
  element.setAttribute('aria-labelledby', 'cite-heading');
  // Fixed markup: no reader's or page's text goes into it.
  element.innerHTML = `<div class="cite-dialog-head"><h2 id="cite-heading">Cite <span data-cite-what>the speech</span></h2>
<form method="dialog"><button type="submit" class="control">Close</button></form></div>
<div class="cite-styles">${CITATION_STYLES.map((style) => {
    const name = CITATION_STYLE_NAMES[style];
    return `<div><label for="cite-${style}" class="editorial-label">${name}</label><textarea id="cite-${style}" readonly rows="${ROWS[style]}"></textarea>
<button type="button" class="control" data-copy-citation="${style}" data-name="${name}">Copy ${name}</button></div>`;
  }).join('')}</div>
<p class="cite-ris"><a data-ris href="${paths.ris()}" download>Download RIS</a> for reference managers.</p>
<p data-cite-status role="status"></p>`;
  return element;
}

/**
 * `<speech-cite>`: a modal dialog with the citation of the speech or of one paragraph in every style,
 * each with a Copy button, and an RIS download. citeOnDemand.ts loads this module on the first click of
 * a `button[data-cite]` and calls `openCiteDialog`. Escape or Close returns focus to the button that opened it.
 */
export class CiteDialog extends ConnectedElement {
  #dialog = this.querySelector('dialog') ?? this.appendChild(dialog());
  #opener: HTMLElement | null = null;
  #data: CitedSpeech | undefined;

  protected connect() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return;
    this.#data = JSON.parse(json) as CitedSpeech;
    // Browsers return focus to the opener themselves; this covers one that leaves it on the page body.
    // The close event comes a moment later, when the reader may already have moved on: leave them be.
    this.listen(this.#dialog, 'close', () => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || this.contains(focused)) this.#opener?.focus();
    });
    this.listen(this, 'click', (event) => {
      const copy =
        event.target instanceof Element
          ? event.target.closest<HTMLButtonElement>('button[data-copy-citation]')
          : null;
      const field =
        copy && this.querySelector<HTMLTextAreaElement>(`#cite-${copy.dataset['copyCitation'] ?? ''}`);
      if (!field) return;
      void this.#copy(field.value, copy);
      // Quotes are cited in the style last copied (Chicago where storage is refused).
      store(CITATION_STYLE_KEY, copy.dataset['copyCitation'] ?? '');
    });
  }

  /** Opens the dialog for what a cite button names: a paragraph, at the address its ¶ link carries, or the speech. */
  async openFor(button: HTMLButtonElement) {
    if (!this.#data) return;
    const paragraph = citedParagraph(button);
    const url = (paragraph && paragraphPermalinkOf(button)) || speechUrl();
    await loadStylesheet(citeDialogStyles);
    this.#open(this.#data, { url, paragraph }, button);
  }

  #open(speech: CitedSpeech, target: CitationTarget, opener: HTMLElement) {
    this.#opener = opener;
    const what = this.querySelector('[data-cite-what]');
    if (what) what.textContent = target.paragraph ? `paragraph ${target.paragraph}` : 'the speech';
    for (const style of CITATION_STYLES) {
      const field = this.querySelector<HTMLTextAreaElement>(`#cite-${style}`);
      if (field) field.value = formatCitation(style, speech, target);
    }
    const ris = this.querySelector<HTMLAnchorElement>('a[data-ris]');
    if (ris) ris.href = paths.ris(target.paragraph);
    const status = this.querySelector('[data-cite-status]');
    if (status) status.textContent = '';
    this.#dialog.showModal();
  }

  async #copy(text: string, button: HTMLButtonElement) {
    const status = this.querySelector('[data-cite-status]');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = `${button.dataset['name'] ?? 'Citation'} copied.`;
    } catch {
      if (status) status.textContent = 'Select the text and copy it with Ctrl+C or ⌘C.';
    }
  }
}

customElements.define(CITE_ELEMENT, CiteDialog);

/** Opens the page's citation dialog for a Cite button (what citeOnDemand.ts calls once this has loaded). */
export function openCiteDialog(button: HTMLButtonElement) {
  const dialog = document.querySelector(CITE_ELEMENT);
  if (dialog instanceof CiteDialog) void dialog.openFor(button);
}
