import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { GLOSSARY_FILE, parseGlossaryFile } from './lib/glossary/glossaryFile';
import { editionSchema, glossaryEntrySchema, sectionSchema, speechSchema, themeSchema } from './lib/schemas';

/** The contract for `content/`: loaders here, schemas (with their field docs) in `lib/schemas.ts`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: sectionSchema,
});

const speech = defineCollection({
  loader: file('./content/speech.yaml'),
  schema: speechSchema,
});

const edition = defineCollection({
  loader: file('./content/edition.yaml'),
  schema: editionSchema,
});

const glossary = defineCollection({
  loader: file(`./${GLOSSARY_FILE}`, { parser: parseGlossaryFile }),
  schema: glossaryEntrySchema,
});

const themes = defineCollection({
  loader: file('./content/themes.yaml'),
  schema: themeSchema,
});

export const collections = { sections, speech, edition, glossary, themes };
