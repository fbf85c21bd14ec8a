import type { APIRoute } from 'astro';
import { paths, permalink } from '../lib/contract';
import { edition } from '../lib/edition';
import { timelineJson } from '../lib/openData/timelineJson';

/** The timeline as open data; described by `/timeline.schema.json`. */
export const GET: APIRoute = ({ site }) =>
  Response.json({ $schema: permalink(paths.timelineSchema, site), ...timelineJson(edition, site) });
