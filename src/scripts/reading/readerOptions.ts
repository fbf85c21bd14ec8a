import { ConnectedElement } from '../connectedElement';
import { store, stored } from '../storage';
import { READER_OPTIONS_ELEMENT } from '../../lib/contract';

const STORAGE_PREFIX = 'reader-option:';

/** `<speech-reader-options>`: restores and remembers the state of its checkboxes (notes, Chinese originals, commentary). */
class ReaderOptions extends ConnectedElement {
  protected connect() {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const key = STORAGE_PREFIX + box.name;
      const choice = stored(key);
      if (choice !== null) box.checked = choice === 'on';
      this.listen(box, 'change', () => store(key, box.checked ? 'on' : 'off'));
    }
  }
}

customElements.define(READER_OPTIONS_ELEMENT, ReaderOptions);
