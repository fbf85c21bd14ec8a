import type { APIRoute } from 'astro';
import { paths, permalink } from '../lib/contract';
import { edition } from '../lib/edition';
import { timelineJsonSchema } from '../lib/openData/timelineSchema';

const { timeline } = edition;
const description = `The timeline of ${edition.masthead.title}, ${timeline.from} to ${timeline.to}, as data`;

/** JSON Schema of `/timeline.json`, generated from the same zod schema the tests check it with. */
export const GET: APIRoute = ({ site }) =>
  Response.json(timelineJsonSchema(permalink(paths.timelineSchema, site), description));
