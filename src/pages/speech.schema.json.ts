import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../lib/openData/schema';
import { permalink } from '../lib/permalink';

/** JSON Schema of `/speech.json`, generated from the same zod schema the tests check it with. */
export const GET: APIRoute = ({ site }) =>
  Response.json(openDataJsonSchema(permalink('/speech.schema.json', site)));
