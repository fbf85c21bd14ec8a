import { z } from 'astro/zod';

/** The speech has nine body paragraphs, numbered 1 to 9 in speech order. */
export const PARAGRAPH_COUNT = 9;

const paragraphNumber = z
  .number()
  .int()
  .min(1)
  .max(PARAGRAPH_COUNT, `Paragraph numbers run from 1 to ${PARAGRAPH_COUNT}.`);

const isoDay = z.coerce.date();

/**
 * Frontmatter of one themed section, `content/sections/NN-slug.mdx`.
 * Everything here is ours (editorial); the speaker's words live only in the MDX body.
 */
export const sectionSchema = z.object({
  /** Our heading for the section, shown as its page title. Short, neutral, no quotation of the speech. */
  title: z.string().min(3).max(80),
  /** Position in the speech, 1-based; must equal the NN prefix of the file name. */
  order: z.number().int().min(1),
  /** One neutral sentence saying what the section covers (ours, never a quotation). */
  summary: z
    .string()
    .min(20)
    .max(240)
    .refine((text) => /^[^.!?]+[.!?]$/.test(text.trim()), 'The summary must be exactly one sentence.'),
  /** The whole paragraphs this section holds, ascending and consecutive, e.g. [1, 2]. */
  paragraphs: z
    .array(paragraphNumber)
    .min(1)
    .refine(
      (list) => list.every((n, i) => i === 0 || n === (list[i - 1] ?? 0) + 1),
      'List the paragraphs in ascending, consecutive order, e.g. [4, 5].',
    ),
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
  source: z.object({
    /** Verbatim byline line of the source page. */
    byline: z.string().min(1),
    name: z.string().min(1),
    url: z.url(),
    /** The "Updated" date the source page gives. */
    updated: isoDay,
  }),
  /** Verbatim rights notice of the source. */
  rightsNotice: z.string().min(1),
  /** Verbatim copyright line of the source. */
  copyright: z.string().min(1),
});

export type SectionData = z.infer<typeof sectionSchema>;
export type SpeechData = z.infer<typeof speechSchema>;
