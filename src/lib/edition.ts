import { getCollection, getEntry, render } from 'astro:content';
import { version } from '../../package.json';
import officialText from '../../content/source/enhance-cyber-capabilities-through-innovation.txt?raw';
import { buildEdition } from './model/buildEdition';
import type { Commentary, Section } from './model/types';
import type { ProsePart } from './prose/parts';

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
const commentaryFiles = await getCollection('commentary');
const proseFiles = await getCollection('prose');
const [introductionFile] = await getCollection('introduction');
if (!introductionFile) throw new Error('content/introduction.mdx is missing.');
// The introduction's headings get their ids when the MDX renders; the model takes them from there.
const introductionContent = await render(introductionFile);

export const edition = buildEdition({
  masthead: one(await getEntry('masthead', 'masthead'), 'content/masthead.yaml', 'masthead'),
  speech: one(await getEntry('speech', 'speech'), 'content/speech.yaml', 'speech'),
  sections: sectionFiles.map((file) => ({ id: file.id, data: file.data, body: file.body ?? '' })),
  glossary: (await getCollection('glossary')).map((entry) => entry.data),
  themes: (await getCollection('themes')).map((entry) => entry.data),
  sources: (await getCollection('sources')).map((entry) => entry.data),
  introduction: {
    data: introductionFile.data,
    body: introductionFile.body ?? '',
    headingIds: introductionContent.headings.filter((h) => h.depth === 2).map((h) => h.slug),
  },
  commentary: commentaryFiles.map((file) => ({ id: file.id, data: file.data, body: file.body ?? '' })),
  timeline: (await getCollection('timeline')).map((entry) => entry.data),
  lineage: (await getCollection('lineage')).map((entry) => entry.data),
  changes: (await getCollection('changes')).map((entry) => entry.data),
  prose: proseFiles.map((file) => ({ id: file.id, data: file.data, body: file.body ?? '' })),
  version,
});

/** The official English text exactly as the source gives it, notices included (content/source/). */
export { officialText };

const files = new Map(sectionFiles.map((file) => [file.id, file]));

/** A section's MDX, rendered: its `Content` takes the components of components/mdx. */
export function renderSection(section: Section) {
  const file = files.get(section.contentId);
  if (!file) throw new Error(`No section file "${section.contentId}".`);
  return render(file);
}

const commentaryById = new Map(commentaryFiles.map((file) => [file.id, file]));

/** A paragraph's commentary, rendered: its `Content` takes the SourceNote component. */
export function renderCommentary(commentary: Commentary) {
  const file = commentaryById.get(commentary.contentId);
  if (!file) throw new Error(`No commentary file "${commentary.contentId}".`);
  return render(file);
}

const proseById = new Map(proseFiles.map((file) => [file.id, file]));

/** A part of the editors' prose about the edition, rendered: its `Content` takes values and components/prose. */
export function renderProse(part: ProsePart) {
  const file = proseById.get(part.contentId);
  if (!file) throw new Error(`No prose file "${part.contentId}".`);
  return render(file);
}

/** The introduction, rendered. */
export const renderIntroduction = () => introductionContent;

export type {
  Commentary,
  Edition,
  GlossaryEntry,
  Introduction,
  Paragraph,
  Passage,
  Section,
  Source,
  SourceNote,
  Theme,
  TimelineEvent,
} from './model/types';
