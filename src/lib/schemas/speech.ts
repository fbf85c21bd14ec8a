import { z } from 'astro/zod';
import { editorsText, oneSentence } from './fields';

/** Paragraphs are numbered from 1 in speech order; how many there are is what the sections hold. */
const paragraphNumber = z.number().int().min(1, 'Paragraph numbers start at 1.');

const isoDay = z.coerce.date();

/**
 * Frontmatter of one themed section, `content/sections/NN-slug.mdx`.
 * Everything here is ours (editorial); the speaker's words live only in the MDX body.
 */
export const sectionSchema = z.object({
  /** Our heading for the section, shown as its page title. Short, neutral, no quotation of the speech. */
  title: editorsText(z.string().min(3).max(80)),
  /** Position in the speech, 1-based; must equal the NN prefix of the file name. */
  order: z.number().int().min(1),
  /** One neutral sentence saying what the section covers (ours, never a quotation). */
  summary: editorsText(oneSentence(20, 240, 'The summary must be exactly one sentence.')),
  /** The whole paragraphs this section holds, ascending and consecutive, e.g. [1, 2]. */
  paragraphs: z
    .array(paragraphNumber)
    .min(1)
    .refine(
      (list) => list.every((n, i) => i === 0 || n === (list[i - 1] ?? 0) + 1),
      'List the paragraphs in ascending, consecutive order, e.g. [4, 5].',
    ),
  /**
   * The themes of the section's passages. `at` is a paragraph ("4"), a sentence ("4.2") or a run of
   * sentences ("4.2-5"); sentences are numbered from 1 within their paragraph.
   */
  passages: z
    .array(
      z.object({
        at: z.string().regex(/^\d+(?:\.\d+(?:-\d+)?)?$/u, 'Write "at" as "4", "4.2" or "4.2-5".'),
        themes: z.array(z.string()).min(1),
      }),
    )
    .default([]),
});

/** Metadata of the speech and its source, `content/speech.yaml`. Fields marked verbatim copy the source exactly. */
export const speechSchema = z.object({
  /** Verbatim title as printed in the source. */
  title: z.string().min(1),
  /** The speaker, as credited by the book. */
  speaker: z.string().min(1),
  /** Verbatim date line of the source, e.g. "April 20, 2018". */
  dateLine: z.string().min(1),
  /** The same date, machine-readable. */
  date: isoDay,
  /** Verbatim occasion footnote, without its asterisk. */
  occasion: z.string().min(1),
  /** The meeting at which the speech was given, as the official English names it. */
  conference: z.string().min(1),
  /** The book the official English text comes from. */
  book: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** First publication of the volume. */
    published: isoDay,
  }),
  /** The web page the reference text was copied from. */
  webPage: z.object({
    /** Verbatim byline line of the source page. */
    byline: z.string().min(1),
    /** The site's name, as the editors credit it. */
    name: editorsText(z.string().min(1)),
    url: z.url(),
    /** The "Updated" date the source page gives. */
    updated: isoDay,
  }),
  /** Verbatim rights notice of the source. */
  rightsNotice: z.string().min(1),
  /** Verbatim copyright line of the source. */
  copyright: z.string().min(1),
});

/** The edition's masthead, `content/masthead.yaml`: its name, as the site and its previews show it. Ours. */
export const mastheadSchema = z
  .object({
    /** Short name, shown in the header and before every page title's separator. */
    name: editorsText(z.string().min(3).max(60)),
    /** What the edition is, after the name: "Enhance Cyber Capabilities: an annotated edition". */
    subtitle: editorsText(z.string().min(3).max(60)),
    /** The years the timeline covers, first and last; every event must fall within them. */
    timeline: z.object({ from: z.number().int(), to: z.number().int() }),
  })
  .refine((masthead) => masthead.timeline.from <= masthead.timeline.to, {
    message: 'The timeline must end no earlier than it starts (field "timeline").',
    path: ['timeline'],
  });

export type SectionData = z.infer<typeof sectionSchema>;
export type SpeechData = z.infer<typeof speechSchema>;
export type MastheadData = z.infer<typeof mastheadSchema>;
