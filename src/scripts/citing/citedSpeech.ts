import type { CitedSpeech } from '../../lib/citing/citation';
import { CITE_ELEMENT } from '../../lib/contract';

/** What the page carries for citing the speech (CiteDialog.astro's JSON), or undefined where it has none. */
export function citedSpeechOfPage(): CitedSpeech | undefined {
  const json = document.querySelector(`${CITE_ELEMENT} script[type="application/json"]`)?.textContent;
  return json ? (JSON.parse(json) as CitedSpeech) : undefined;
}

/**
 * A site path as the absolute address readers cite: against the page's canonical address, which names
 * the public site when it is known, and against the page's own address otherwise.
 */
export function citedAddress(path: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(path, canonical ?? location.href).href;
}
