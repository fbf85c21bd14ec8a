import { ConnectedElement } from '../connectedElement';
import { store } from '../storage';

const STORAGE_KEY = 'color-scheme';
type ColorScheme = 'light' | 'dark';

function currentScheme(): ColorScheme {
  const chosen = document.documentElement.dataset['colorScheme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** `<color-scheme-toggle>`: a pressed/unpressed "Dark scheme" button that remembers the reader's choice. */
class ColorSchemeToggle extends ConnectedElement {
  protected connect() {
    const button = this.querySelector('button');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(currentScheme() === 'dark'));
    this.listen(button, 'click', () => {
      const next: ColorScheme = currentScheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['colorScheme'] = next;
      store(STORAGE_KEY, next);
      show();
    });
    show();
  }
}

customElements.define('color-scheme-toggle', ColorSchemeToggle);
