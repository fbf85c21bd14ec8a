import { paragraphPermalinkOf, parseParagraphId, parseSentenceId } from '../../lib/contract';
import { ConnectedElement } from '../connectedElement';

/** What a copied address points to, as the status line says it: "paragraph 4", "sentence 2 of paragraph 5". */
function describe(url: URL): string {
  const id = url.hash.slice(1);
  const sentence = parseSentenceId(id);
  if (sentence) return `sentence ${sentence.sentence} of paragraph ${sentence.paragraph}`;
  return `paragraph ${parseParagraphId(id) ?? ''}`;
}

/**
 * `<speech-tools>`: copy links to paragraphs and sentences. Each paragraph's "Copy link" button and
 * each sentence's "#" link copy the canonical address (the paragraph on its section page, as its ¶ link
 * carries it) and say so in a status line. Without this script the ¶ and # links still work as links.
 */
class SpeechTools extends ConnectedElement {
  #status = this.querySelector<HTMLElement>('[data-copy-status]');

  protected connect() {
    this.listen(this, 'click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLButtonElement>('button[data-copy-link]');
      const sentence = target?.closest<HTMLAnchorElement>('a.sentence-link');
      const control = button ?? sentence;
      const permalink = control && paragraphPermalinkOf(control);
      if (!permalink) return;
      const paragraph = new URL(permalink, location.href);
      void this.#copy(sentence ? new URL(sentence.hash, paragraph) : paragraph);
    });
  }

  async #copy(url: URL) {
    const what = describe(url);
    try {
      await navigator.clipboard.writeText(url.href);
      this.#say(`Link to ${what} copied: ${url.href}`);
    } catch {
      this.#say(`Copy this link to ${what}: ${url.href}`);
    }
  }

  #say(message: string) {
    if (!this.#status) return;
    this.#status.textContent = message;
    this.#status.hidden = false;
  }
}

customElements.define('speech-tools', SpeechTools);
