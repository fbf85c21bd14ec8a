import {
  CITATION_STYLE_KEY,
  CITATION_STYLE_NAMES,
  CITATION_STYLES,
  citationRuns,
  formatCitation,
  type CitedSpeech,
  type CitationStyle,
  type CitationTarget,
} from '../../lib/citing/citation';
import {
  CITE_ELEMENT,
  citedParagraph,
  PARAGRAPH_CLASS,
  paragraphPermalinkOf,
  parseParagraphId,
  paths,
  SECTION_TITLE_ID,
} from '../../lib/contract';
import citeDialogStyles from '../../styles/onDemand/citeDialog.css?url';
import { ConnectedElement } from '../connectedElement';
import { store } from '../storage';
import { citedAddress, citedSpeechOfPage } from './citedSpeech';
import { loadStylesheet } from '../stylesheet';

/**
 * The whole speech's public address: its path on the site the page's canonical link names when the build
 * knew the public address, otherwise on the site the page was opened at (citedAddress).
 */
const speechUrl = () => citedAddress(paths.speech);

/**
 * What a section page cites besides the whole speech: the section, at its own address, as the run of
 * paragraphs it shows (read from the page, so the page carries nothing more for it).
 */
function citedSectionOfPage(): { target: CitationTarget; label: string } | undefined {
  const title = document.getElementById(SECTION_TITLE_ID)?.textContent?.trim();
  const paragraphs = [...document.querySelectorAll(`.${PARAGRAPH_CLASS}[id]`)]
    .map((element) => parseParagraphId(element.id))
    .filter((n): n is number => n !== undefined);
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!title || first === undefined || last === undefined) return undefined;
  // The section's public address, as the speech's is found (speechUrl).
  const url = citedAddress(location.pathname);
  const range = last > first ? `¶${first}–${last}` : `¶${first}`;
  return { target: { url, paragraph: first, through: last }, label: `this section, ${title} (${range})` };
}

/**
 * The dialog: what is cited (the speech, or on a section page the section too), then each style's
 * citation whole, formatted, with a Copy button that copies it as plain text; and the RIS download.
 * Styled in onDemand/citeDialog.css.
 */
function dialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'cite-dialog';
  element.setAttribute('aria-labelledby', 'cite-heading');
  // Fixed markup: no reader's or page's text goes into it (the citations are set as text when it opens).
  element.innerHTML = `<div class="cite-dialog-head"><h2 id="cite-heading">Cite <span data-cite-what>the speech</span></h2>
<form method="dialog"><button type="submit" class="control">Close</button></form></div>
<fieldset class="cite-choice" data-cite-choice hidden><legend>What to cite</legend>
<label><input type="radio" name="cite-what" value="speech" checked> the whole speech</label>
<label><input type="radio" name="cite-what" value="section"> <span data-cite-section></span></label></fieldset>
<div class="cite-styles">${CITATION_STYLES.map((style) => {
    const name = CITATION_STYLE_NAMES[style];
    const text = style === 'bibtex' || style === 'ris' ? 'pre' : 'p';
    return `<div role="group" aria-labelledby="cite-name-${style}"><h3 id="cite-name-${style}" class="editorial-label">${name}</h3>
<${text} class="cite-text" id="cite-${style}"></${text}>
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
  /** Each style's citation as plain text, what its Copy button copies. */
  #texts = new Map<CitationStyle, string>();
  /** What the open dialog cites: the target it was opened for, and on a section page the section. */
  #targets: { speech: CitationTarget; section?: CitationTarget | undefined } | undefined;

  protected connect() {
    this.#data = citedSpeechOfPage();
    if (!this.#data) return;
    // Browsers return focus to the opener themselves; this covers one that leaves it on the page body.
    // The close event comes a moment later, when the reader may already have moved on: leave them be.
    this.listen(this.#dialog, 'close', () => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || this.contains(focused)) this.#opener?.focus();
    });
    // On a section page, the choice between the speech and the section sets the citations again.
    this.listen(this, 'change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.name === 'cite-what' && this.#data)
        this.#show(this.#data);
    });
    this.listen(this, 'click', (event) => {
      const copy =
        event.target instanceof Element
          ? event.target.closest<HTMLButtonElement>('button[data-copy-citation]')
          : null;
      const text = copy ? this.#texts.get(copy.dataset['copyCitation'] as CitationStyle) : undefined;
      if (!copy || text === undefined) return;
      void this.#copy(text, copy);
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
    // "Cite this speech" on a section page offers the section's citation too.
    const section = paragraph === undefined ? citedSectionOfPage() : undefined;
    this.#open(this.#data, { url, paragraph }, section, button);
  }

  #open(
    speech: CitedSpeech,
    target: CitationTarget,
    section: ReturnType<typeof citedSectionOfPage>,
    opener: HTMLElement,
  ) {
    this.#opener = opener;
    this.#targets = { speech: target, section: section?.target };
    const what = this.querySelector('[data-cite-what]');
    if (what) what.textContent = target.paragraph ? `paragraph ${target.paragraph}` : 'the speech';
    const choice = this.querySelector<HTMLFieldSetElement>('[data-cite-choice]');
    if (choice) {
      choice.hidden = !section;
      const label = choice.querySelector('[data-cite-section]');
      if (label) label.textContent = section?.label ?? '';
      const first = choice.querySelector<HTMLInputElement>('input[value="speech"]');
      if (first) first.checked = true;
    }
    this.#show(speech);
    const status = this.querySelector('[data-cite-status]');
    if (status) status.textContent = '';
    this.#dialog.showModal();
  }

  /** Sets every style's citation of what is chosen: whole, formatted, and kept as plain text for copying. */
  #show(speech: CitedSpeech) {
    const chosen = this.querySelector<HTMLInputElement>('input[name="cite-what"]:checked')?.value;
    const target =
      chosen === 'section' && this.#targets?.section ? this.#targets.section : this.#targets?.speech;
    if (!target) return;
    for (const style of CITATION_STYLES) {
      const text = formatCitation(style, speech, target);
      this.#texts.set(style, text);
      const shown = this.querySelector(`#cite-${style}`);
      shown?.replaceChildren(
        ...citationRuns(style, speech, text).map((run) =>
          run.italic ? Object.assign(document.createElement('i'), { textContent: run.text }) : run.text,
        ),
      );
    }
    const ris = this.querySelector<HTMLAnchorElement>('a[data-ris]');
    // A section's RIS is written in the browser; the static files hold the speech and each paragraph.
    if (ris)
      ris.href =
        target.through && target.through > (target.paragraph ?? 0)
          ? risFile(this.#texts)
          : paths.ris(target.paragraph);
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

/** A data address holding the RIS just formatted (a section's, which has no static file). */
function risFile(texts: Map<CitationStyle, string>): string {
  return `data:application/x-research-info-systems;charset=utf-8,${encodeURIComponent(texts.get('ris') ?? '')}`;
}

customElements.define(CITE_ELEMENT, CiteDialog);

/** Opens the page's citation dialog for a Cite button (what citeOnDemand.ts calls once this has loaded). */
export function openCiteDialog(button: HTMLButtonElement) {
  const dialog = document.querySelector(CITE_ELEMENT);
  if (dialog instanceof CiteDialog) void dialog.openFor(button);
}
