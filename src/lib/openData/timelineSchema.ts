import { z } from 'astro/zod';
import { DATE_PRECISIONS, EVENT_KINDS } from '../schemas';

/**
 * The timeline as open data (`/timeline.json`). This zod schema is the one definition: the published
 * JSON Schema (`/timeline.schema.json`) is generated from it, and a test validates the built file.
 */
export const timelineDataSchema = z.object({
  $schema: z.string().optional().describe('Address of this JSON Schema'),
  title: z.string(),
  note: z.string().describe('What the file holds and whose words it is'),
  from: z.number().int().describe('First year the timeline covers'),
  to: z.number().int().describe('Last year the timeline covers'),
  url: z.string().describe('The timeline page'),
  speech: z.string().describe('Id of the event that is this speech'),
  events: z.array(
    z.object({
      id: z.string(),
      url: z.string().describe('The event on the timeline page'),
      date: z.string().describe('As precise as its sources: YYYY-MM-DD, YYYY-MM or YYYY'),
      precision: z.enum(DATE_PRECISIONS),
      title: z.string().describe('Editorial title'),
      kind: z.enum(EVENT_KINDS),
      description: z.string().describe('Editorial one-sentence description'),
      paragraphs: z.array(
        z.object({ number: z.number().int().min(1), url: z.string() }).describe('A paragraph it bears on'),
      ),
      glossary: z.array(z.object({ id: z.string(), term: z.string(), url: z.string() })),
      sources: z
        .array(
          z.object({
            id: z.string(),
            title: z.string(),
            publisher: z.string(),
            date: z.string().nullable(),
            url: z.string().nullable(),
          }),
        )
        .min(1),
    }),
  ),
});

export type TimelineData = z.infer<typeof timelineDataSchema>;

/** The JSON Schema of `/timeline.json`, published at `/timeline.schema.json` as `id`. */
export function timelineJsonSchema(id: string, description: string): Record<string, unknown> {
  return {
    $id: id,
    ...z.toJSONSchema(timelineDataSchema.describe(description), { target: 'draft-2020-12' }),
  };
}
