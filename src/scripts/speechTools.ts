/**
 * `<speech-tools>`: copy links to paragraphs and sentences. Each paragraph's "Copy link" button and
 * each sentence's "#" link copy the canonical address (the paragraph's section page) and say so in a
 * status line. Without this script the ¶ and # links still work as plain links.
 */
class SpeechTools extends HTMLElement {
  #status = this.querySelector<HTMLElement>('[data-copy-status]');

  connectedCallback() {
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLButtonElement>('button[data-copy-link]');
      const sentence = target?.closest<HTMLAnchorElement>('a.sentence-link');
      const fragment = button?.dataset['copyLink'] ?? sentence?.hash;
      const base = (button ?? sentence)?.closest<HTMLElement>('.paragraph')?.dataset['canonical'];
      if (!fragment || !base) return;
      const what = sentence
        ? `sentence ${fragment.slice(1).replace('-', ', ')}`
        : `paragraph ${fragment.slice(2)}`;
      void this.#copy(
        `${base}${fragment}`,
        what.replace(/^sentence p(\d+), (\d+)/u, 'sentence $2 of paragraph $1'),
      );
    });
  }

  async #copy(url: string, what: string) {
    try {
      await navigator.clipboard.writeText(url);
      this.#say(`Link to ${what} copied: ${url}`);
    } catch {
      this.#say(`Copy this link to ${what}: ${url}`);
    }
  }

  #say(message: string) {
    if (!this.#status) return;
    this.#status.textContent = message;
    this.#status.hidden = false;
  }
}

customElements.define('speech-tools', SpeechTools);
