import type { APIRoute, GetStaticPaths } from 'astro';
import { previewLine, renderOgImage } from '../../lib/previewImage';
import { edition, type Paragraph } from '../../lib/edition';
import { longDate } from '../../lib/text/dates';

const { speech, masthead } = edition;
/** The first sentence of a paragraph, verbatim, cut to fit a preview. */
const firstSentence = (paragraph: Paragraph | undefined) => previewLine(paragraph?.sentences[0]?.text ?? '');
const byline = `${speech.speaker}, ${longDate(speech.date)} · ${masthead.subtitle}`;

/** One preview image per section, and one for every other page (`/og/edition.png`). */
export const getStaticPaths = (() => [
  ...edition.sections.map((section) => ({
    params: { slug: section.slug },
    props: {
      eyebrow: `${speech.title} · ${section.range}`,
      heading: section.title,
      quote: firstSentence(section.paragraphs[0]),
      byline,
    },
  })),
  {
    params: { slug: 'edition' },
    props: {
      eyebrow: 'An annotated edition',
      heading: speech.title,
      quote: firstSentence(edition.paragraph(5)),
      byline,
    },
  },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ eyebrow: string; heading: string; quote: string; byline: string }> = async ({
  props,
}) => new Response(new Uint8Array(await renderOgImage(props)), { headers: { 'Content-Type': 'image/png' } });
