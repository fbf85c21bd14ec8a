import { expect, test, type Page } from '@playwright/test';

import * as contract from '../../src/lib/contract/elements';

/** Every custom element of the site (lib/contract/elements.ts). */
const ELEMENTS: string[] = Object.values(contract);

interface Probe {
  /** The window, the document and every custom element of the site on the page, in or out of it. */
  targets: EventTarget[];
  /** The outermost custom elements, each with the marker that keeps its place while it is out. */
  places: [Element, Comment][];
}

/** Listeners held by the probe's targets, as Chromium's debugger counts them. */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const length = await page.evaluate(() => (window as unknown as { probe: Probe }).probe.targets.length);
  let total = 0;
  for (let i = 0; i < length; i += 1) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `window.probe.targets[${i}]` });
    if (!result.objectId) throw new Error(`No object for target ${i}.`);
    total += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners
      .length;
  }
  await cdp.detach();
  return total;
}

test('custom elements remove the listeners they add when they leave the page, and add them once on return', async ({
  page,
}) => {
  await page.goto('/speech/cybersecurity/?highlight=cybersecurity');
  await expect(page.locator('mark.search-match').first()).toBeVisible();
  // Bring in the elements whose code loads on demand: the cite panel and the header search.
  await page.getByRole('button', { name: 'Cite paragraph 4' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite paragraph 4' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('banner').getByRole('searchbox').focus();
  await page.waitForFunction(() => customElements.get('speech-search') && customElements.get('speech-cite'));

  await page.evaluate((tags) => {
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    const outermost = elements.filter((el) => !tags.some((tag) => el.parentElement?.closest(tag)));
    const probe: Probe = {
      targets: [window, document, ...elements],
      places: outermost.map((el) => [el, document.createComment(el.localName)]),
    };
    (window as unknown as { probe: Probe }).probe = probe;
  }, ELEMENTS);
  const connected = await listenerCount(page);
  await page.evaluate(() => {
    for (const [el, marker] of (window as unknown as { probe: Probe }).probe.places) el.replaceWith(marker);
  });
  const removed = await listenerCount(page);
  await page.evaluate(() => {
    for (const [el, marker] of (window as unknown as { probe: Probe }).probe.places) marker.replaceWith(el);
  });
  const returned = await listenerCount(page);
  expect(removed).toBeLessThan(connected);
  expect(returned).toBe(connected);
});
