import { z } from 'astro/zod';

/**
 * The edition as open data (`/speech.json`). This zod schema is the one definition: the published JSON
 * Schema (`/speech.schema.json`) is generated from it, and a test validates the built file against it.
 */
const passageRef = z.object({
  paragraph: z.number().int().min(1),
  sentences: z.tuple([z.number().int().min(1), z.number().int().min(1)]).nullable(),
  text: z.string(),
});

export const openDataSchema = z.object({
  $schema: z.string().optional().describe('Address of this JSON Schema'),
  metadata: z.object({
    title: z.string(),
    speaker: z.string(),
    date: z.string().describe('ISO date of the speech'),
    dateLine: z.string(),
    occasion: z.string(),
    conference: z.string(),
    book: z.object({ title: z.string(), publisher: z.string(), published: z.string() }),
    source: z.object({ name: z.string(), url: z.string(), byline: z.string(), updated: z.string() }),
    rightsNotice: z.string(),
    copyright: z.string(),
  }),
  edition: z.object({
    url: z.string().describe('Home page of this edition'),
    version: z.string().describe('Version of the edition, major.minor.patch (package.json)'),
    date: z.string().describe('Day this version was published, YYYY-MM-DD'),
    citedAs: z.string().describe('How citations name this version: "Annotated edition, version …, date"'),
    changes: z.string().describe('Page listing what changed in each version'),
    note: z.string().describe('What is the speaker’s and what is the editors’'),
  }),
  sections: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      title: z.string().describe('Editorial heading'),
      summary: z.string().describe('Editorial one-sentence summary'),
      url: z.string(),
      paragraphs: z.array(z.number().int()),
    }),
  ),
  paragraphs: z.array(
    z.object({
      number: z.number().int().min(1),
      id: z.string().regex(/^p\d+$/u),
      url: z.string().describe('Canonical address: the paragraph on its section page'),
      section: z.string(),
      text: z.string().describe('The speaker’s words, verbatim'),
      themes: z.array(z.string()),
      sentences: z.array(
        z.object({ id: z.string().regex(/^p\d+-\d+$/u), number: z.number().int(), text: z.string() }),
      ),
    }),
  ),
  glossary: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      term: z.string(),
      aliases: z.array(z.string()),
      renderings: z.array(z.object({ text: z.string(), usedBy: z.string() })),
      chinese: z.string().nullable(),
      pinyin: z.string().nullable(),
      kind: z.string(),
      definition: z.string(),
      note: z.string().nullable(),
      sources: z.array(
        z.object({
          title: z.string(),
          publisher: z.string(),
          date: z.string().nullable(),
          url: z.string().nullable(),
        }),
      ),
      related: z.array(z.string()),
      themes: z.array(z.string()),
      occurrences: z.array(
        z.object({
          paragraph: z.number().int(),
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
        }),
      ),
    }),
  ),
  themes: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      name: z.string(),
      description: z.string(),
      related: z.array(z.string()),
      passages: z.array(passageRef),
    }),
  ),
});

export type OpenData = z.infer<typeof openDataSchema>;

/**
 * The JSON Schema of `/speech.json`, published at `/speech.schema.json` as `id`, with a `description`
 * that names the edition.
 */
export function openDataJsonSchema(id: string, description: string): Record<string, unknown> {
  return { $id: id, ...z.toJSONSchema(openDataSchema.describe(description), { target: 'draft-2020-12' }) };
}
