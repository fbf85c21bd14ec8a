import type { APIRoute, GetStaticPaths } from 'astro';
import { citedSpeech, formatCitation } from '../../lib/citing/citation';
import { paragraphId, paths, permalink } from '../../lib/contract';
import { edition } from '../../lib/edition';

/** RIS records for reference managers: `/cite/speech.ris`, and `/cite/pN.ris` for each paragraph. */
export const getStaticPaths = (() => [
  { params: { target: 'speech' }, props: { path: paths.speech, paragraph: undefined } },
  ...edition.paragraphs.map((p) => ({
    params: { target: paragraphId(p.number) },
    props: { path: p.href, paragraph: p.number },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; paragraph: number | undefined }> = ({ props, site }) =>
  new Response(
    formatCitation('ris', citedSpeech(edition.speech, edition.version), {
      url: permalink(props.path, site),
      paragraph: props.paragraph,
    }),
    { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } },
  );
