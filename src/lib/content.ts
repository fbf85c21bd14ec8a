import { getCollection, getEntry } from 'astro:content';
import type { NoteContent } from './annotateParagraph';
import { GLOSSARY_FILE } from './glossaryFile';
import { findOccurrences, glossaryProblems, numberNotes } from './glossaryIndex';
import { PARAGRAPH_COUNT } from './schemas';
import { placeSections } from './sectionIndex';
import { paragraphSegments, segmentsText, type Segment } from './speechParagraphs';
import { createTermMatcher } from './termMatcher';

/**
 * The one place pages get content from: queried once per build, checked, indexed and ordered.
 * Pages import these values rather than calling `getCollection` themselves.
 */
const speechEntry = await getEntry('speech', 'speech');
if (!speechEntry) throw new Error('content/speech.yaml must hold one entry under the key "speech".');

export const speech = speechEntry.data;
export const sections = placeSections(await getCollection('sections'), PARAGRAPH_COUNT);
export type Section = (typeof sections)[number];

/** The speaker's words of each paragraph, as segments and as plain text. */
const segments = new Map<number, Segment[]>(
  sections.flatMap((section) => [
    ...paragraphSegments(section.entry.body ?? '', `content/sections/${section.entry.id}.mdx`),
  ]),
);
export const paragraphText = new Map([...segments].map(([n, list]) => [n, segmentsText(list)]));

/** Glossary entries, alphabetical by term. */
export const glossary = (await getCollection('glossary'))
  .map((entry) => entry.data)
  .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
export type GlossaryEntry = (typeof glossary)[number];

/** Every use of a glossary entry in the speech, in order; the first in each paragraph carries a note. */
export const occurrences = numberNotes(findOccurrences(segments, createTermMatcher(glossary)));

const problems = glossaryProblems(glossary, segments, occurrences, GLOSSARY_FILE);
if (problems.length > 0) throw new Error(`The glossary does not fit the speech:\n${problems.join('\n')}`);

export const glossaryHref = (id: string) => `/glossary/${id}/`;

/** What a sidenote shows of each entry, by id. */
export const noteContent = new Map<string, NoteContent>(
  glossary.map((entry) => [
    entry.id,
    {
      term: entry.term,
      definition: entry.definition,
      href: glossaryHref(entry.id),
      chinese: entry.chinese,
      pinyin: entry.pinyin,
    },
  ]),
);
