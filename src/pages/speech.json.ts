import type { APIRoute } from 'astro';
import { editionData } from '../lib/openData/speechJson';
import { permalink } from '../lib/permalink';

/** The edition as open data; described by `/speech.schema.json`. */
export const GET: APIRoute = ({ site }) =>
  Response.json({ $schema: permalink('/speech.schema.json', site), ...editionData(site) });
