import { expect, test } from '@playwright/test';
import { CODE_BREAK_AFTER } from '../../src/lib/text/breakPoints';

test('the open data page’s code samples are shaded as About’s and wrap only between words', async ({
  page,
}) => {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/data/');
    const samples = page.locator('main pre');
    expect(await samples.count()).toBeGreaterThanOrEqual(2);
    const aboutShade = await page.evaluate(async () => {
      const about = new DOMParser().parseFromString(await (await fetch('/about/')).text(), 'text/html');
      return about.querySelector('main pre')?.className;
    });
    // Each sample: About's shaded block, no wider than the page, and every line it wraps ends at a space or
    // after a character that ends a piece of an address or a call.
    const measured = await samples.evaluateAll(
      (pres, allowed) =>
        pres.map((pre) => {
          const breaks: string[] = [];
          const text = pre.textContent ?? '';
          const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
          const characters: { char: string; top: number }[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect) characters.push({ char: node.textContent?.[i] ?? '', top: rect.top });
            }
          }
          characters.forEach((current, i) => {
            const before = characters[i - 1];
            if (!before || before.char === '\n' || current.char === '\n') return;
            if (
              current.top > before.top + 2 &&
              !(allowed as string[]).includes(before.char) &&
              before.char !== ' '
            )
              breaks.push(`${text.slice(0, 0)}…${before.char}|${current.char}…`);
          });
          return {
            className: pre.className,
            fits: pre.scrollWidth <= pre.clientWidth + 1 && pre.getBoundingClientRect().right <= innerWidth,
            breaks,
          };
        }),
      [...CODE_BREAK_AFTER],
    );
    for (const sample of measured) {
      expect(sample.className).toBe(aboutShade);
      expect(sample.fits).toBe(true);
      expect(sample.breaks, `at ${width} px`).toEqual([]);
    }
  }
});
