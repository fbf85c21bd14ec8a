import type { APIRoute } from 'astro';
import { paths, permalink } from '../lib/contract';
import { edition } from '../lib/edition';
import { openDataJsonSchema } from '../lib/openData/schema';
import { longDate } from '../lib/text/dates';

const { speech, masthead } = edition;
const description = `${speech.title} (${speech.speaker}, ${longDate(speech.date)}): ${masthead.subtitle} as data`;

/** JSON Schema of `/speech.json`, generated from the same zod schema the tests check it with. */
export const GET: APIRoute = ({ site }) =>
  Response.json(openDataJsonSchema(permalink(paths.speechSchema, site), description));
