import type { APIRoute, GetStaticPaths } from 'astro';
import { paragraphText, sections, speech } from '../../lib/edition';
import { previewLine, renderOgImage } from '../../build/ogImage';
import { sentenceSpans } from '../../lib/speech/sentences';

/** The first sentence of a paragraph, verbatim, for a preview. */
const firstSentence = (paragraph: number) => {
  const text = paragraphText.get(paragraph) ?? '';
  return previewLine(text.slice(0, sentenceSpans(text)[0]?.end));
};

/** One preview image per section, and one for every other page (`/og/edition.png`). */
export const getStaticPaths = (() => [
  ...sections.map((section) => ({
    params: { slug: section.slug },
    props: {
      eyebrow: `${speech.title} · ¶${section.paragraphs.join('–')}`,
      heading: section.title,
      quote: firstSentence(section.paragraphs[0] ?? 1),
    },
  })),
  {
    params: { slug: 'edition' },
    props: { eyebrow: 'An annotated edition', heading: speech.title, quote: firstSentence(5) },
  },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ eyebrow: string; heading: string; quote: string }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
