import type { APIRoute } from 'astro';
import { edition } from '../../lib/edition';
import { contextRecords } from '../../lib/search/contextRecords';

/**
 * The records search indexes besides the pages (the introduction's parts, the commentary, the timeline):
 * a route that the search-index step adds (searchIndex.ts), rendered with the pages, which the step
 * reads and then removes: it is not published.
 */
export const GET: APIRoute = () => Response.json(contextRecords(edition));
