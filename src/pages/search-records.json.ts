import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { contextRecords } from '../lib/search/contextRecords';

/**
 * The records search indexes besides the pages (the introduction's parts, the commentary, the timeline),
 * written for the search-index step of the build, which reads and then removes this file: it is not
 * published.
 */
export const GET: APIRoute = () => Response.json(contextRecords(edition));
