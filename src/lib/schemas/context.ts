import { z } from 'astro/zod';
import { DATE_PRECISIONS, editorsText, kebabId, oneSentence, partialDate, precisionMatches } from './fields';

/**
 * One work in the shared bibliography, `content/sources.yaml`: what the introduction, the commentary,
 * the timeline and the lineages cite, by id. Everything is as the work gives it; never invent one.
 */
export const sourceSchema = z.object({
  /** Cited by this id, e.g. <SourceNote ids="digichina-xinhua-report-translation" />. */
  id: kebabId('digichina-xinhua-report-translation'),
  /** Title as published; an editors' description in [square brackets] where the work records none. */
  title: editorsText(z.string().min(3)),
  /** Who published it; mark mirrors and reposts as such, e.g. "Xinhua (mirror at …)". */
  publisher: editorsText(z.string().min(2)),
  /** Publication date, as precise as the work gives it. */
  date: partialDate.optional(),
  /** Address of the work; omit when it has none. */
  url: z.url().optional(),
  /** One short neutral sentence about the work, e.g. that it is a translation. */
  note: editorsText(z.string().min(10).max(240)).optional(),
});

/** The introduction, `content/introduction.mdx`: the editors' essay, in `##` sections. */
export const introductionSchema = z.object({
  title: editorsText(z.string().min(3).max(80)),
  /** For some parts (by heading), the timeline's events they relate to, shown under them. */
  events: z.record(z.string(), z.array(z.string())).default({}),
  /** One neutral sentence on what the introduction covers. */
  summary: editorsText(oneSentence(20, 240, 'The summary must be exactly one sentence.')),
});

/** The editors' commentary on one paragraph, `content/commentary/NN.mdx`; its body cites with <SourceNote>. */
export const commentarySchema = z.object({
  /** The paragraph it comments on. */
  paragraph: z.number().int().min(1),
});

/** What sort of thing a timeline event is. */
export const EVENT_KINDS = [
  'congress',
  'meeting',
  'institution',
  'law',
  'policy',
  'speech',
  'international',
  'context',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One dated event of the policy field, `content/timeline.yaml`. Ours; neutral; sourced. */
export const eventSchema = z
  .object({
    /** Used in the address `/timeline/#event-<id>`. */
    id: kebabId('leading-group-first-meeting'),
    date: partialDate,
    /** How much of the date is known: `day`, `month` or `year`, as the date is written. */
    precision: z.enum(DATE_PRECISIONS),
    /** A short neutral title. */
    title: editorsText(z.string().min(10).max(140)),
    kind: z.enum(EVENT_KINDS),
    /** One neutral sentence, in our own words. */
    description: editorsText(oneSentence(20, 400, 'The description must be exactly one sentence.')),
    /** Ids in content/sources.yaml: at least one. */
    sources: z.array(z.string()).min(1, 'Give at least one source for every event (field "sources").'),
    /** Glossary entries the event relates to. */
    entries: z.array(z.string()).default([]),
    /** Paragraphs of the speech it bears on. */
    paragraphs: z.array(z.number().int().min(1)).default([]),
    /** True for the one event that is this speech. */
    speech: z.boolean().default(false),
  })
  .refine(...precisionMatches);

/** One dated use of a formulation of the speech, in its glossary entry's lineage. */
const lineageUseSchema = z
  .object({
    date: partialDate,
    precision: z.enum(DATE_PRECISIONS),
    /** One or two neutral sentences: who used the formulation, where, in what form. */
    text: editorsText(z.string().min(20).max(480)),
    sources: z.array(z.string()).min(1, 'Give at least one source for every use (field "sources").'),
  })
  .refine(...precisionMatches);

/**
 * The lineage of a formulation, `content/lineage.yaml`: its uses, earliest first, under the glossary
 * entry it belongs to (`entry`). Only what sources attest: "earliest" is the earliest they attest.
 */
export const lineageSchema = z.object({
  /** The glossary entry, by id. */
  id: z.string(),
  uses: z.array(lineageUseSchema).min(2, 'A lineage needs at least two dated uses.'),
});

export type SourceData = z.infer<typeof sourceSchema>;
export type IntroductionData = z.infer<typeof introductionSchema>;
export type CommentaryData = z.infer<typeof commentarySchema>;
export type EventData = z.infer<typeof eventSchema>;
export type LineageData = z.infer<typeof lineageSchema>;
