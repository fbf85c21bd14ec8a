import { CITATION_STYLES, formatCitation } from '../lib/citation';
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
 * `<cite-dialog>`: any `button[data-cite]` on the page (value: a paragraph number, or empty for the
 * whole speech) opens a modal dialog with the citation in every style, each with a Copy button, and
 * an RIS download. Escape or Close returns focus to the button that opened it.
 */
class CiteDialog extends HTMLElement {
  #dialog = this.querySelector('dialog');
  #opener: HTMLElement | null = null;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!this.#dialog || !json) return;
    const data = JSON.parse(json) as CitationData;
    const speech = readSpeech(data);
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cite]'))
      button.hidden = false;
    document.addEventListener('click', (event) => {
      const button =
        event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-cite]') : null;
      if (!button) return;
      const paragraph = button.dataset['cite'] ? Number(button.dataset['cite']) : undefined;
      const canonical = button.closest<HTMLElement>('.paragraph')?.dataset['canonical'];
      const url = paragraph && canonical ? `${canonical}#p${paragraph}` : data.speechUrl;
      this.#open(speech, { url, paragraph }, button);
    });
    this.#dialog.addEventListener('close', () => this.#opener?.focus());
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
