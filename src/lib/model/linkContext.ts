import {
  commentaryId,
  eventAnchorId,
  INTRODUCTION,
  LINEAGE_ID,
  paths,
  sourceAnchorId,
  sourceNoteId,
  sourceNoteMarkId,
  withFragment,
} from '../contract';
import { contextProblems } from '../context/contextProblems';
import { mdxProse } from '../prose/mdxProse';
import { essayParts, mdxPlainText } from '../context/mdxText';
import { byShortName, shortSourceLabel } from '../context/sourceLabels';
import { sourceNotesOf } from '../context/sourceNotes';
import { partialDateLabel } from '../text/dates';
import { readingMinutes } from '../text/numbers';
import type { ContextContent } from './content';
import { byId, groupBy } from './lookup';
import type { Citation, Commentary, Edition, Introduction, Source, SourceNote, TimelineEvent } from './types';

/** The edition before its context is added: what linkRecords makes. */
export type CoreEdition = Omit<
  Edition,
  | 'sources'
  | 'introduction'
  | 'commentary'
  | 'timeline'
  | 'source'
  | 'event'
  | 'version'
  | 'versions'
  | 'prose'
>;

const notes = (
  scope: string,
  ids: readonly (readonly string[])[],
  source: (id: string) => Source,
): SourceNote[] =>
  ids.map((list, i) => ({
    number: i + 1,
    markId: sourceNoteMarkId(scope, i + 1),
    id: sourceNoteId(scope, i + 1),
    sources: list.map(source),
  }));

/** What cites a work, from a text's notes: "Introduction, note 3" at its address. */
const noteCitations = (name: string, page: string, list: readonly SourceNote[]) =>
  list.map((note) => ({
    citation: { label: `${name}, note ${note.number}`, href: withFragment(page, note.id) },
    ids: note.sources.map((s) => s.id),
  }));

/**
 * Checks the editors' context (introduction, commentary, timeline, lineages and their sources) against the
 * edition and adds it: each paragraph gets its commentary and the events bearing on it, each glossary
 * entry its events and lineage, and the edition the introduction, the timeline and the bibliography.
 */
export function linkContext(
  core: CoreEdition,
  context: ContextContent,
  range: { from: number; to: number },
): Omit<Edition, 'version' | 'versions' | 'prose'> {
  const introductionNotes = sourceNotesOf(context.introduction.body);
  const parts = essayParts(context.introduction.body);
  const commentaryFiles = context.commentary.map((file) => ({
    ...file,
    file: `content/commentary/${file.id}.mdx`,
    notes: sourceNotesOf(file.body),
  }));
  const problems = contextProblems({
    paragraphs: core.paragraphs.map((p) => p.number),
    entryIds: new Set(core.glossary.map((e) => e.id)),
    sourceIds: new Set(context.sources.map((s) => s.id)),
    range,
    introductionNotes,
    introductionParts: parts.map((part) => part.title),
    introductionEvents: context.introduction.data.events,
    commentary: commentaryFiles.map(({ file, data, notes }) => ({ file, paragraph: data.paragraph, notes })),
    events: context.timeline,
    lineage: context.lineage,
  });
  if (problems.length > 0) throw new Error(`The context does not fit the edition:\n${problems.join('\n')}`);

  const citations = new Map(context.sources.map((data) => [data.id, [] as Citation[]]));
  const sources: Source[] = byShortName(
    context.sources.map((data) => ({
      ...data,
      href: withFragment(paths.sources, sourceAnchorId(data.id)),
      dateLabel: data.date === undefined ? undefined : partialDateLabel(data.date),
      short: shortSourceLabel(data.publisher, data.date),
      citedBy: citations.get(data.id) ?? [],
    })),
  );
  const source = byId(sources, (s) => s.id, 'source');
  const cite = (citation: Citation, ids: readonly string[]) => {
    for (const id of new Set(ids)) citations.get(id)?.push(citation);
  };

  const events: TimelineEvent[] = [...context.timeline]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((data) => ({
      ...data,
      dateLabel: partialDateLabel(data.date),
      href: withFragment(paths.timeline, eventAnchorId(data.id)),
      sources: data.sources.map(source),
      entries: data.entries.map(core.entry),
      paragraphs: data.paragraphs.map(core.paragraph),
    }));
  const event = byId(events, (e) => e.id, 'event');

  const commentary: Commentary[] = commentaryFiles
    .map(({ id, file, data, body, notes: ids }) => {
      const paragraph = core.paragraph(data.paragraph);
      const scope = commentaryId(paragraph.number);
      return {
        paragraph,
        id: scope,
        href: withFragment(paragraph.section.href, scope),
        contentId: id,
        file,
        notes: notes(scope, ids, source),
        text: mdxPlainText(body),
        prose: mdxProse(body),
      };
    })
    .sort((a, b) => a.paragraph.number - b.paragraph.number);

  const eventsOfParagraph = groupBy(
    events.flatMap((e) => e.paragraphs.map((paragraph) => ({ paragraph, e }))),
    (pair) => pair.paragraph,
  );
  for (const c of commentary) {
    c.paragraph.commentary = c;
    c.paragraph.events = (eventsOfParagraph.get(c.paragraph) ?? []).map((pair) => pair.e);
  }
  const eventsOfEntry = groupBy(
    events.flatMap((e) => e.entries.map((entry) => ({ entry, e }))),
    (pair) => pair.entry,
  );
  const lineages = new Map(context.lineage.map((l) => [l.id, l.uses]));
  for (const entry of core.glossary) {
    entry.events = (eventsOfEntry.get(entry) ?? []).map((pair) => pair.e);
    entry.lineage = (lineages.get(entry.id) ?? []).map((use) => ({
      ...use,
      dateLabel: partialDateLabel(use.date),
      sources: use.sources.map(source),
    }));
  }

  const { data, headingIds } = context.introduction;
  const introduction: Introduction = {
    title: data.title,
    summary: data.summary,
    minutes: readingMinutes(parts.map((part) => part.text).join('\n')),
    parts: parts.map((part, i) => ({
      id: headingIds[i] ?? '',
      title: part.title,
      text: part.text,
      events: (data.events[part.title] ?? []).map(event).sort((a, b) => a.date.localeCompare(b.date)),
    })),
    notes: notes(INTRODUCTION, introductionNotes, source),
    prose: mdxProse(context.introduction.body),
  };

  // Each work's citations, in the order of the edition: introduction, commentary, timeline, lineages.
  for (const { citation, ids } of [
    ...noteCitations('Introduction', paths.introduction, introduction.notes),
    ...commentary.flatMap((c) =>
      noteCitations(`Commentary on ¶${c.paragraph.number}`, c.paragraph.section.href, c.notes),
    ),
    ...events.map((e) => ({
      citation: { label: `Timeline: ${e.title}`, href: e.href },
      ids: e.sources.map((s) => s.id),
    })),
    ...core.glossary
      .filter((entry) => entry.lineage.length > 0)
      .map((entry) => ({
        citation: { label: `Lineage of “${entry.term}”`, href: withFragment(entry.href, LINEAGE_ID) },
        ids: entry.lineage.flatMap((use) => use.sources.map((s) => s.id)),
      })),
  ])
    cite(citation, ids);

  const speech = events.find((e) => e.speech) as TimelineEvent;
  return {
    ...core,
    sources,
    introduction,
    commentary,
    timeline: { ...range, events, speech },
    source,
    event,
  };
}
