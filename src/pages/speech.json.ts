import type { APIRoute } from 'astro';
import { paths, permalink } from '../lib/contract';
import { edition } from '../lib/edition';
import { speechJson } from '../lib/openData/speechJson';

/** The edition as open data; described by `/speech.schema.json`. */
export const GET: APIRoute = ({ site }) =>
  Response.json({ $schema: permalink(paths.speechSchema, site), ...speechJson(edition, site) });
