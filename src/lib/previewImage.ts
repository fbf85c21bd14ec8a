import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

// Fonts come from npm (satori reads WOFF, not WOFF2); nothing is fetched.
const fonts = [
  {
    name: 'Serif',
    data: font('@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff'),
    weight: 400 as const,
  },
  {
    name: 'Serif',
    data: font('@fontsource/source-serif-4', 'source-serif-4-latin-600-normal.woff'),
    weight: 600 as const,
  },
  {
    name: 'Sans',
    data: font('@fontsource/source-sans-3', 'source-sans-3-latin-400-normal.woff'),
    weight: 400 as const,
  },
];

/** Open Graph image size, as link previews expect it. */
export const OG_SIZE = { width: 1200, height: 630 };

/** Cuts a passage at a word break so it fits a preview, marking the cut with an ellipsis. */
export function previewLine(text: string, max = 150): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/u, '')} …`;
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown };
}
const box = (style: Record<string, unknown>, children: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', maxWidth: 1040, ...style }, children },
});

/**
 * A 1200x630 PNG in the site's typography: a line naming what is shown, a heading, a line of the
 * speaker's words and the byline under it.
 */
export async function renderOgImage(input: {
  eyebrow: string;
  heading: string;
  quote: string;
  byline: string;
}): Promise<Buffer> {
  const tree = box(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: 1040, // 1200 less the padding and the border: satori adds them to the size
      height: 502,
      padding: '64px 72px',
      background: '#fcfbf7',
      color: '#1d1b18',
      borderLeft: '16px solid #1c4f86',
    },
    [
      box(
        { fontFamily: 'Sans', fontSize: 26, letterSpacing: 2, color: '#57524a', textTransform: 'uppercase' },
        input.eyebrow,
      ),
      box({ fontFamily: 'Serif', fontWeight: 600, fontSize: 64, lineHeight: 1.1 }, input.heading),
      box({ flexDirection: 'column', gap: 18 }, [
        box({ fontFamily: 'Serif', fontSize: 34, lineHeight: 1.35, color: '#2b2824' }, `“${input.quote}”`),
        box({ fontFamily: 'Sans', fontSize: 24, color: '#1c4f86' }, input.byline),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...OG_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng();
}
