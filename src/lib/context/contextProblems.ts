import { CONTENT_FILES } from '../contentFiles';
import type { EventData, LineageData } from '../schemas';

/** The editors' context as read from content/, with what it refers to, for the checks below. */
export interface ContextToCheck {
  /** Paragraph numbers of the speech, and the glossary's and the bibliography's ids. */
  paragraphs: readonly number[];
  entryIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** The years the timeline covers. */
  range: { from: number; to: number };
  introductionNotes: readonly (readonly string[])[];
  /** The introduction's part headings, and the events its frontmatter lists under some of them. */
  introductionParts: readonly string[];
  introductionEvents: Readonly<Record<string, readonly string[]>>;
  commentary: readonly { file: string; paragraph: number; notes: readonly (readonly string[])[] }[];
  events: readonly EventData[];
  lineage: readonly LineageData[];
}

/**
 * The rules of the context that no single file's schema can see, as messages naming the file and the
 * field: a commentary for every paragraph and only for those; a source note in every commentary; every
 * cited source, glossary entry and paragraph known; every event within the timeline's years and one of
 * them this speech; every work of the bibliography cited somewhere.
 */
export function contextProblems(context: ContextToCheck): string[] {
  const problems: string[] = [];
  const cited = new Set<string>();
  const cite = (where: string, ids: readonly string[]) => {
    for (const id of ids) {
      cited.add(id);
      if (!context.sourceIds.has(id))
        problems.push(
          `${where} cites an unknown source "${id}"; add it to ${CONTENT_FILES.sources} or fix the id.`,
        );
    }
  };
  const known = new Set(context.paragraphs);
  const paragraphsNamed = `the speech has paragraphs ${context.paragraphs[0]} to ${context.paragraphs.at(-1)}`;

  const introduction = CONTENT_FILES.introduction;
  context.introductionNotes.forEach((ids, i) => cite(`${introduction}: source note ${i + 1}`, ids));
  const eventIds = new Set(context.events.map((event) => event.id));
  for (const [part, ids] of Object.entries(context.introductionEvents)) {
    if (!context.introductionParts.includes(part))
      problems.push(`${introduction}: "${part}" is not one of its "##" headings (field "events").`);
    for (const id of ids.filter((e) => !eventIds.has(e)))
      problems.push(`${introduction}: "${part}" lists an unknown event "${id}" (field "events").`);
  }
  const commented = new Map<number, string>();
  for (const { file, paragraph, notes } of context.commentary) {
    if (!known.has(paragraph))
      problems.push(
        `${file}: paragraph ${paragraph} does not exist (field "paragraph"); ${paragraphsNamed}.`,
      );
    const other = commented.get(paragraph);
    if (other) problems.push(`${file} and ${other} both comment on ¶${paragraph} (field "paragraph").`);
    commented.set(paragraph, file);
    if (notes.length === 0)
      problems.push(`${file} cites no source; end each factual sentence with <SourceNote ids="…" />.`);
    notes.forEach((ids, i) => {
      if (ids.length === 0) problems.push(`${file}: source note ${i + 1} names no source (attribute "ids").`);
      cite(`${file}: source note ${i + 1}`, ids);
    });
  }
  for (const paragraph of context.paragraphs.filter((n) => !commented.has(n)))
    problems.push(
      `¶${paragraph} has no commentary; add a file to ${CONTENT_FILES.commentary}/ with "paragraph: ${paragraph}".`,
    );

  const timeline = CONTENT_FILES.timeline;
  for (const event of context.events) {
    const where = `${timeline}: event "${event.id}"`;
    cite(`${where} (field "sources")`, event.sources);
    for (const id of event.entries.filter((e) => !context.entryIds.has(e)))
      problems.push(`${where} names an unknown glossary entry "${id}" (field "entries").`);
    for (const n of event.paragraphs.filter((p) => !known.has(p)))
      problems.push(
        `${where} names paragraph ${n}, which does not exist (field "paragraphs"); ${paragraphsNamed}.`,
      );
    const year = Number(event.date.slice(0, 4));
    if (year < context.range.from || year > context.range.to)
      problems.push(
        `${where} is dated ${event.date}, outside the timeline's years ${context.range.from} to ${context.range.to} (field "date"; the years are in ${CONTENT_FILES.masthead}).`,
      );
  }
  const speeches = context.events.filter((event) => event.speech).length;
  if (speeches !== 1)
    problems.push(
      `${timeline}: ${speeches} events are marked "speech: true"; exactly one, this speech, must be.`,
    );

  for (const { id, uses } of context.lineage) {
    const where = `${CONTENT_FILES.lineage}: the lineage of "${id}"`;
    if (!context.entryIds.has(id)) problems.push(`${where} names an unknown glossary entry (field "entry").`);
    uses.forEach((use, i) => cite(`${where}, use ${i + 1} (field "sources")`, use.sources));
    if (uses.some((use, i) => i > 0 && use.date < (uses[i - 1]?.date ?? '')))
      problems.push(`${where} lists its uses out of date order (field "uses"); put the earliest first.`);
  }

  for (const id of [...context.sourceIds].filter((s) => !cited.has(s)))
    problems.push(`${CONTENT_FILES.sources}: "${id}" is cited nowhere; cite it or remove it.`);
  return problems;
}
