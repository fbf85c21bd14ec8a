import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionSchema, speechSchema } from './lib/schemas';

/** The contract for `content/`: loaders here, schemas (with their field docs) in `lib/schemas.ts`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: sectionSchema,
});

const speech = defineCollection({
  loader: file('./content/speech.yaml'),
  schema: speechSchema,
});

export const collections = { sections, speech };
