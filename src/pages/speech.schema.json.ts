import type { APIRoute } from 'astro';
import { paths, permalink } from '../lib/contract';
import { openDataJsonSchema } from '../lib/openData/schema';

/** JSON Schema of `/speech.json`, generated from the same zod schema the tests check it with. */
export const GET: APIRoute = ({ site }) =>
  Response.json(openDataJsonSchema(permalink(paths.speechSchema, site)));
