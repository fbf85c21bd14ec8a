import type { APIRoute, GetStaticPaths } from 'astro';
import { formatCitation } from '../../lib/citing/citation';
import { sections, speech } from '../../lib/edition';
import { permalink } from '../../lib/permalink';
import { paragraphHref } from '../../lib/speech/sections';

/** RIS records for reference managers: `/cite/speech.ris` and `/cite/p1.ris` to `/cite/p9.ris`. */
export const getStaticPaths = (() => [
  { params: { target: 'speech' }, props: { paragraph: undefined } },
  ...sections.flatMap((section) =>
    section.paragraphs.map((n) => ({ params: { target: `p${n}` }, props: { paragraph: n } })),
  ),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ paragraph: number | undefined }> = ({ props, site }) => {
  const path = props.paragraph === undefined ? '/speech/' : paragraphHref(sections, props.paragraph);
  return new Response(
    formatCitation('ris', speech, { url: permalink(path, site), paragraph: props.paragraph }),
    {
      headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
    },
  );
};
