import { getCollection, getEntry, render } from 'astro:content';
import officialText from '../../content/source/enhance-cyber-capabilities-through-innovation.txt?raw';
import { buildEdition } from './model/buildEdition';
import type { Section } from './model/types';

/**
 * The edition: content/ read once per build, checked and linked (model/buildEdition.ts). Pages and
 * components take everything they show from here, as records and lookups; this is the one module that
 * queries the content collections.
 */
function one<T>(found: { data: T } | undefined, file: string, key: string): T {
  if (!found) throw new Error(`${file} must hold one entry under the key "${key}".`);
  return found.data;
}

const sectionFiles = await getCollection('sections');

export const edition = buildEdition({
  site: one(await getEntry('edition', 'edition'), 'content/edition.yaml', 'edition'),
  speech: one(await getEntry('speech', 'speech'), 'content/speech.yaml', 'speech'),
  sections: sectionFiles.map((file) => ({ id: file.id, data: file.data, body: file.body ?? '' })),
  glossary: (await getCollection('glossary')).map((entry) => entry.data),
  themes: (await getCollection('themes')).map((entry) => entry.data),
});

/** The official English text exactly as the source gives it, notices included (content/source/). */
export { officialText };

const files = new Map(sectionFiles.map((file) => [file.id, file]));

/** A section's MDX, rendered: its `Content` takes the components of components/mdx. */
export function renderSection(section: Section) {
  const file = files.get(section.sourceId);
  if (!file) throw new Error(`No section file "${section.sourceId}".`);
  return render(file);
}

export type { Edition, GlossaryEntry, Paragraph, Passage, Section, Theme } from './model/types';
