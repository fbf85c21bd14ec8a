import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_FILES, listFileParser } from './lib/contentFiles';
import {
  changeSchema,
  commentarySchema,
  eventSchema,
  glossaryEntrySchema,
  introductionSchema,
  lineageSchema,
  mastheadSchema,
  proseSchema,
  sectionSchema,
  sourceSchema,
  speechSchema,
  themeSchema,
} from './lib/schemas';

/** The contract for `content/`: loaders here, schemas (with their field docs) in `lib/schemas/`. */
const list = (name: 'glossary' | 'themes' | 'sources' | 'timeline', key = 'id') =>
  file(`./${CONTENT_FILES[name]}`, { parser: listFileParser(CONTENT_FILES[name], key) });

export const collections = {
  sections: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/sections' }),
    schema: sectionSchema,
  }),
  speech: defineCollection({ loader: file(`./${CONTENT_FILES.speech}`), schema: speechSchema }),
  masthead: defineCollection({ loader: file(`./${CONTENT_FILES.masthead}`), schema: mastheadSchema }),
  glossary: defineCollection({ loader: list('glossary'), schema: glossaryEntrySchema }),
  themes: defineCollection({ loader: list('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: list('sources'), schema: sourceSchema }),
  timeline: defineCollection({ loader: list('timeline'), schema: eventSchema }),
  lineage: defineCollection({
    loader: file(`./${CONTENT_FILES.lineage}`, { parser: listFileParser(CONTENT_FILES.lineage, 'entry') }),
    schema: lineageSchema,
  }),
  introduction: defineCollection({
    loader: glob({ pattern: 'introduction.mdx', base: './content' }),
    schema: introductionSchema,
  }),
  changes: defineCollection({
    loader: file(`./${CONTENT_FILES.changes}`, { parser: listFileParser(CONTENT_FILES.changes, 'version') }),
    schema: changeSchema,
  }),
  commentary: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${CONTENT_FILES.commentary}` }),
    schema: commentarySchema,
  }),
  prose: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${CONTENT_FILES.prose}` }),
    schema: proseSchema,
  }),
};
