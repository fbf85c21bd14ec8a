import { ConnectedElement } from '../connectedElement';

const STORAGE_PREFIX = 'reader-option:';

/** `<reader-options>`: restores and remembers the state of its checkboxes (notes, Chinese originals, commentary). */
class ReaderOptions extends ConnectedElement {
  protected connect() {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const key = STORAGE_PREFIX + box.name;
      try {
        const stored = localStorage.getItem(key);
        if (stored !== null) box.checked = stored === 'on';
      } catch {
        // Storage can be disabled; the boxes then start in their default state.
      }
      this.listen(box, 'change', () => {
        try {
          localStorage.setItem(key, box.checked ? 'on' : 'off');
        } catch {
          // As above: the choice lasts for this page only.
        }
      });
    }
  }
}

customElements.define('reader-options', ReaderOptions);
