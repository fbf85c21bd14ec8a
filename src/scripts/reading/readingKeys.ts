import { PARAGRAPH_CLASS } from '../../lib/contract';
import keysStyles from '../../styles/onDemand/readingKeys.css?url';
import { loadStylesheet } from '../stylesheet';

/**
 * Reading by keyboard on the speech's pages (loaded on the first of these keys, scripts/keyboard.ts): j
 * and k move the focus to the next and the previous paragraph, which the page scrolls to, and ? shows
 * the keys.
 */

const paragraphs = () => [...document.querySelectorAll<HTMLElement>(`.${PARAGRAPH_CLASS}[id]`)];

/** The paragraph to go to from where the reader is: the focused one, else the first not above the screen. */
function next(list: HTMLElement[], step: 1 | -1): HTMLElement | undefined {
  const focused = document.activeElement?.closest<HTMLElement>(`.${PARAGRAPH_CLASS}[id]`);
  const at = focused ? list.indexOf(focused) : -1;
  if (at >= 0) return list[Math.min(Math.max(at + step, 0), list.length - 1)];
  const below = list.findIndex((p) => p.getBoundingClientRect().top >= 0);
  const first = below === -1 ? list.length - 1 : below;
  return list[step === 1 ? first : Math.max(first - 1, 0)];
}

let help: HTMLElement | undefined;

/** The keys, in a dialog that Escape or Close closes. */
async function showKeys() {
  await loadStylesheet(keysStyles);
  if (!help) {
    help = Object.assign(document.createElement('div'), { id: 'reading-keys', className: 'reading-keys' });
    help.popover = 'auto';
    help.setAttribute('role', 'dialog');
    help.setAttribute('aria-labelledby', 'reading-keys-title');
    // Fixed markup.
    help.innerHTML = `<p id="reading-keys-title" class="reading-keys-title">Keys</p>
<dl><dt><kbd>j</kbd></dt><dd>Next paragraph</dd><dt><kbd>k</kbd></dt><dd>Previous paragraph</dd>
<dt><kbd>/</kbd> or <kbd>Ctrl</kbd> <kbd>K</kbd></dt><dd>Search</dd><dt><kbd>?</kbd></dt><dd>These keys</dd>
<dt><kbd>Esc</kbd></dt><dd>Close</dd></dl>
<button type="button" class="control">Close</button>`;
    const close = help.querySelector('button');
    close?.addEventListener('click', () => help?.hidePopover());
    document.body.append(help);
  }
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  help.addEventListener('toggle', () => back?.focus(), { once: true });
  help.showPopover();
  help.querySelector('button')?.focus();
}

/** What a key does (the first script hands over j, k and ?, never while the reader types). */
export function readingKey(key: string) {
  if (key === '?') return void showKeys();
  const target = next(paragraphs(), key === 'j' ? 1 : -1);
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
}
