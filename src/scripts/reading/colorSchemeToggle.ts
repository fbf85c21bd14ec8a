import { COLOR_SCHEME, COLOR_SCHEME_ELEMENT, COLOR_SCHEME_KEY } from '../../lib/contract';
import { ConnectedElement } from '../connectedElement';
import { store } from '../storage';

type ColorScheme = 'light' | 'dark';

function currentScheme(): ColorScheme {
  const chosen = document.documentElement.getAttribute(COLOR_SCHEME);
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** `<speech-color-scheme>`: a pressed/unpressed "Dark scheme" button that remembers the reader's choice. */
class ColorSchemeToggle extends ConnectedElement {
  protected connect() {
    const button = this.querySelector('button');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(currentScheme() === 'dark'));
    this.listen(button, 'click', () => {
      const next: ColorScheme = currentScheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute(COLOR_SCHEME, next);
      store(COLOR_SCHEME_KEY, next);
      show();
    });
    show();
  }
}

customElements.define(COLOR_SCHEME_ELEMENT, ColorSchemeToggle);
