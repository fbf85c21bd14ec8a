import {
  SEARCH_ELEMENT,
  SEARCH_PANEL,
  SEARCH_PANEL_CLASS,
  SEARCH_RESULTS,
  SEARCH_RESULTS_CLASS,
  SEARCH_STATUS,
  SEARCH_SUMMARY,
} from '../../lib/contract';
import type { SearchState } from '../../lib/search/state';
import { SearchElement } from './searchElement';

/**
 * `<speech-search>`: the search field in the header (and on the home and 404 pages). Results drop below
 * the field as the reader types and close on Escape or when focus leaves; each lands on its paragraph.
 * The search code loads when the field is first focused (searchOnDemand.ts); the header field's keyboard
 * shortcuts ("/", Ctrl+K) are in scripts/keyboard.ts, which every page runs. On phones the header shows
 * only the form's button, which opens the search page.
 */
class SpeechSearch extends SearchElement {
  // Each result's details are a separate fetch: a few are enough below a field.
  protected override readonly limits = { results: 5, hits: 8 };

  protected override state(): SearchState {
    return { query: this.input?.value.trim() ?? '', kinds: [], themes: [] };
  }

  protected override connect() {
    this.#addPanel();
    super.connect();
    this.listen<KeyboardEvent>(this, 'keydown', (event) => {
      if (event.key !== 'Escape') return;
      this.#close();
      this.input?.focus();
    });
    this.listen<FocusEvent>(this, 'focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) this.#close();
    });
    // This code loads on focus: the reader may have typed already, or moved on, when nothing should open.
    if (this.input?.value && this.contains(document.activeElement)) void this.search();
  }

  /** The results' place below the field, and the line that reads their summary to screen readers. */
  #addPanel() {
    const input = this.input;
    if (!input || this.panel) return;
    const status = Object.assign(document.createElement('p'), { className: 'sr-only' });
    status.setAttribute(SEARCH_STATUS, '');
    status.setAttribute('aria-live', 'polite');
    const panel = Object.assign(document.createElement('div'), {
      className: SEARCH_PANEL_CLASS,
      hidden: true,
    });
    panel.setAttribute(SEARCH_PANEL, '');
    const summary = Object.assign(document.createElement('p'), { className: 'search-summary' });
    summary.setAttribute(SEARCH_SUMMARY, '');
    summary.setAttribute('aria-hidden', 'true');
    const list = Object.assign(document.createElement('ol'), {
      className: SEARCH_RESULTS_CLASS,
      id: `${input.id}-results`,
    });
    list.setAttribute(SEARCH_RESULTS, '');
    panel.append(summary, list);
    this.append(status, panel);
    input.setAttribute('aria-controls', list.id);
  }

  #close() {
    this.retire();
    if (this.panel) this.panel.hidden = true;
  }
}

customElements.define(SEARCH_ELEMENT, SpeechSearch);
