import type { APIRoute } from 'astro';
import { edition } from '../../lib/edition';
import { pinyinNames } from '../../lib/search/vocabulary';

/** The glossary's pinyin, normalized as a reader may type it, for forgiving search. */
export const GET: APIRoute = () => Response.json(pinyinNames(edition.glossary));
