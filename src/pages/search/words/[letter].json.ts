import type { APIRoute, GetStaticPaths } from 'astro';
import { edition } from '../../../lib/edition';
import { buildVocabulary, indexedTexts } from '../../../lib/search/vocabulary';

/** One shard of the search vocabulary: the indexed words starting with a letter, with their counts. */
const vocabulary = buildVocabulary(indexedTexts(edition));

export const getStaticPaths = (() =>
  Object.keys(vocabulary).map((letter) => ({ params: { letter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => Response.json(vocabulary[params['letter'] ?? ''] ?? {});
