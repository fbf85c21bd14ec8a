import { CITATION_STYLES, formatCitation } from '../lib/citing/citation';
import type { SpeechData } from '../lib/schemas';

interface CitationData {
  speech: Omit<SpeechData, 'date' | 'book' | 'source'> & {
    date: string;
    book: Omit<SpeechData['book'], 'published'> & { published: string };
    source: Omit<SpeechData['source'], 'updated'> & { updated: string };
  };
  speechUrl: string;
}

/** The speech's metadata as the page embeds it (JSON), with its dates restored. */
function readSpeech(data: CitationData): SpeechData {
  return {
    ...data.speech,
    date: new Date(data.speech.date),
    book: { ...data.speech.book, published: new Date(data.speech.book.published) },
    source: { ...data.speech.source, updated: new Date(data.speech.source.updated) },
  };
}

/**
 * `<cite-dialog>`: a modal dialog with the citation of the speech or of one paragraph in every style,
 * each with a Copy button, and an RIS download. citeOnDemand.ts loads this module on the first click of
 * a `button[data-cite]` and calls `openFor`. Escape or Close returns focus to the button that opened it.
 */
export class CiteDialog extends HTMLElement {
  #dialog = this.querySelector('dialog');
  #opener: HTMLElement | null = null;
  #data: CitationData | undefined;
  #speech: SpeechData | undefined;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!this.#dialog || !json) return;
    this.#data = JSON.parse(json) as CitationData;
    this.#speech = readSpeech(this.#data);
    // Browsers return focus to the opener themselves; this covers one that leaves it on the page body.
    // The close event comes a moment later, when the reader may already have moved on: leave them be.
    this.#dialog.addEventListener('close', () => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || this.contains(focused)) this.#opener?.focus();
    });
    this.addEventListener('click', (event) => {
      const copy =
        event.target instanceof Element
          ? event.target.closest<HTMLButtonElement>('button[data-copy-citation]')
          : null;
      const field =
        copy && this.querySelector<HTMLTextAreaElement>(`#cite-${copy.dataset['copyCitation'] ?? ''}`);
      if (field) void this.#copy(field.value, copy);
    });
  }

  /** Opens the dialog for what a cite button names: its value is a paragraph number, or empty for the speech. */
  openFor(button: HTMLButtonElement) {
    if (!this.#data || !this.#speech) return;
    const paragraph = button.dataset['cite'] ? Number(button.dataset['cite']) : undefined;
    const canonical = button.closest<HTMLElement>('.paragraph')?.dataset['canonical'];
    const url = paragraph && canonical ? `${canonical}#p${paragraph}` : this.#data.speechUrl;
    this.#open(this.#speech, { url, paragraph }, button);
  }

  #open(speech: SpeechData, target: { url: string; paragraph: number | undefined }, opener: HTMLElement) {
    this.#opener = opener;
    const what = this.querySelector('[data-cite-what]');
    if (what) what.textContent = target.paragraph ? `paragraph ${target.paragraph}` : 'the speech';
    for (const style of CITATION_STYLES) {
      const field = this.querySelector<HTMLTextAreaElement>(`#cite-${style}`);
      if (field) field.value = formatCitation(style, speech, target);
    }
    const ris = this.querySelector<HTMLAnchorElement>('a[data-ris]');
    if (ris) ris.href = `/cite/${target.paragraph ? `p${target.paragraph}` : 'speech'}.ris`;
    const status = this.querySelector('[data-cite-status]');
    if (status) status.textContent = '';
    this.#dialog?.showModal();
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

customElements.define('cite-dialog', CiteDialog);
