import { getCollection, getEntry } from 'astro:content';
import type { NoteContent } from './speech/annotateParagraph';
import { GLOSSARY_FILE } from './glossary/glossaryFile';
import { findOccurrences, glossaryProblems, numberNotes } from './glossary/occurrences';
import { PARAGRAPH_COUNT } from './schemas';
import { countFacets, type SearchFacet } from './search/filters';
import { placeSections } from './speech/sections';
import { paragraphSegments, segmentsText, type Segment } from './speech/paragraphSegments';
import { createTermMatcher } from './glossary/termMatcher';
import {
  buildPassages,
  themeMatrix,
  themeProblems,
  themesAt,
  themesOf,
  type SectionProfile,
} from './themes/passages';

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

const themeEntries = (await getCollection('themes')).map((entry) => entry.data);
export const themeHref = (id: string) => `/themes/${id}/`;

const built = buildPassages(
  sections.map((section) => ({
    file: `content/sections/${section.entry.id}.mdx`,
    paragraphs: section.paragraphs,
    passages: section.entry.data.passages,
  })),
  paragraphText,
  new Set(themeEntries.map((theme) => theme.id)),
);

/** Themes, in the order they first appear in the speech (a theme without passages fails below). */
const firstPassage = (id: string) => built.passages.findIndex((p) => p.themeId === id);
export const themes = themeEntries.sort((a, b) => firstPassage(a.id) - firstPassage(b.id));
export type Theme = (typeof themes)[number];
const themeIssues = [
  ...built.problems,
  ...themeProblems(themes, built.passages, PARAGRAPH_COUNT, 'content/themes.yaml'),
];
if (themeIssues.length > 0) throw new Error(`The themes do not fit the speech:\n${themeIssues.join('\n')}`);

/** Every themed passage, in speech order. */
export const passages = built.passages;
const themeOrder = themes.map((theme) => theme.id);

/** The themes of some paragraphs, most passages first. */
export const themesOfParagraphs = (paragraphs: readonly number[]) =>
  themesOf(passages, paragraphs, themeOrder).flatMap((id) => themes.filter((theme) => theme.id === id));

/** The themes in which a glossary entry is used. */
export const themesOfEntry = (entryId: string) => {
  const ids = themesAt(
    passages,
    occurrences.filter((o) => o.entryId === entryId),
  );
  return themes.filter((theme) => ids.includes(theme.id));
};

/** Each section's themes and glossary entries, for ranking related sections. */
export const sectionProfiles: SectionProfile[] = sections.map((section) => ({
  slug: section.slug,
  themes: new Set(themesOf(passages, section.paragraphs, themeOrder)),
  terms: new Set(occurrences.filter((o) => section.paragraphs.includes(o.paragraph)).map((o) => o.entryId)),
}));

/** The theme map's data: for each theme, the share of each paragraph it covers (computed once). */
const themeRows = new Map(
  themeMatrix(passages, themeOrder, new Map([...paragraphText].map(([n, text]) => [n, text.length]))).map(
    (row) => [row.themeId, row.cells],
  ),
);
export const themeMap = (themeIds: readonly string[] = themeOrder) =>
  themeIds.map((id) => ({
    theme: themes.find((theme) => theme.id === id) ?? themes[0],
    cells: themeRows.get(id) ?? [],
  }));

/**
 * What search should also find a paragraph by: the other renderings and the Chinese of the glossary
 * entries it uses ("informatization", "cyber superpower", 网络强国), never shown in the text.
 */
export const alsoKnownAs = (paragraph: number) => {
  const ids = new Set(occurrences.filter((o) => o.paragraph === paragraph).map((o) => o.entryId));
  return glossary
    .filter((entry) => ids.has(entry.id))
    .flatMap((entry) => [...entry.renderings.map((r) => r.text), entry.chinese ?? ''])
    .filter(Boolean)
    .join('; ');
};

/** How search files each page (see searchFacets.ts): a section, a glossary entry, a theme. */
export const facetOfSection = (section: Section): SearchFacet => ({
  kind: 'Speech',
  themes: themesOfParagraphs(section.paragraphs).map((theme) => theme.name),
});
export const facetOfEntry = (entry: GlossaryEntry): SearchFacet => ({
  kind: 'Glossary',
  themes: themesOfEntry(entry.id).map((theme) => theme.name),
});
export const facetOfTheme = (theme: Theme): SearchFacet => ({ kind: 'Theme', themes: [theme.name] });

/** The search filters' counts over the whole index, shown before the reader searches. */
export const facetCounts = countFacets([
  ...sections.map(facetOfSection),
  ...glossary.map(facetOfEntry),
  ...themes.map(facetOfTheme),
]);
