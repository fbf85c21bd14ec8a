import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/builtSite';

/** src/styles/layers.css: Tailwind's fallbacks, then the theme's tokens, base, components, utilities. */
const LAYERS = ['properties', 'theme', 'base', 'components', 'utilities'];

/** The cascade layers of stylesheets in the order the browser meets them: each layer where first named. */
function layerOrder(sheets: readonly string[]): string[] {
  const order: string[] = [];
  for (const css of sheets)
    for (const [, names = ''] of css.matchAll(/@layer\s+([\w\s,-]+?)\s*[;{]/gu))
      for (const name of names.split(/\s*,\s*/u)) if (!order.includes(name)) order.push(name);
  return order;
}

const linkedSheets = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/gu)].map(([, file = '']) =>
    readFileSync(join(distDir, file), 'utf8'),
  );

describe('cascade layers', () => {
  it('fall in the same order on every page, whichever stylesheet the page links first', () => {
    const disordered = builtPages()
      .map(([path, html]) => [path, layerOrder(linkedSheets(html)).join(' ')])
      .filter(([, order]) => order !== LAYERS.join(' '));
    expect(disordered).toEqual([]);
  });

  it('would see the disorder of a page stylesheet that names a layer before the shared one does', () => {
    expect(layerOrder(['@layer components{.a{color:red}}', '@layer properties{}@layer theme{}'])).toEqual([
      'components',
      'properties',
      'theme',
    ]);
  });
});
