import { z } from 'astro/zod';

/** Paragraphs are numbered from 1 in speech order; how many there are is what the sections hold. */
const paragraphNumber = z.number().int().min(1, 'Paragraph numbers start at 1.');

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

/** The edition itself, `content/edition.yaml`: its name, as the site and its previews show it. Ours. */
export const editionSchema = z.object({
  /** Short name, shown in the header and before every page title's separator. */
  name: z.string().min(3).max(60),
  /** What the edition is, after the name: "Enhance Cyber Capabilities: an annotated edition". */
  subtitle: z.string().min(3).max(60),
});

export type SectionData = z.infer<typeof sectionSchema>;
export type SpeechData = z.infer<typeof speechSchema>;
export type EditionData = z.infer<typeof editionSchema>;

/** The kinds of glossary entry, in the order the glossary lists them. */
export const ENTRY_KINDS = ['event', 'institution', 'law', 'concept', 'translation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where a glossary fact comes from. */
export const sourceSchema = z.object({
  /** Title of the article, page or document, as published. */
  title: z.string().min(3),
  /** Publisher or author; mark mirrors and reposts as such, e.g. "Xinhua (mirror)". */
  publisher: z.string().min(2),
  /** Publication date as the source gives it, e.g. "22 April 2018". */
  date: z.string().min(4).optional(),
  /** Address of the source; omit when it has none. Never invent one. */
  url: z.url().optional(),
});

const inSpeechPhrase = z
  .string()
  .min(2)
  .refine((text) => text === text.trim() && !/\s{2}/u.test(text), 'Write the phrase without extra spaces.');

/**
 * One glossary entry in `content/glossary.yaml`: a term of art, event, institution, law or policy, or a
 * translation note. Everything here is editorial; the entry is linked wherever its term or an alias
 * occurs in the speech.
 */
export const glossaryEntrySchema = z
  .object({
    /** Lower-case kebab-case id, used in the URL `/glossary/<id>/`. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'Use lower-case kebab-case for ids, e.g. "digital-silk-road".'),
    /** The words as the speech says them (matched without regard to case, as whole words). */
    term: inSpeechPhrase,
    /** Other phrasings of the same thing that occur in the speech and are linked too. */
    aliases: z.array(inSpeechPhrase).default([]),
    /** Other English renderings of the Chinese term, and who uses them; searchable, never linked in the text. */
    renderings: z.array(z.object({ text: inSpeechPhrase, usedBy: z.string().min(2) })).default([]),
    /** The Chinese original in simplified characters, only where a source confirms it. */
    chinese: z
      .string()
      .regex(/^[\p{Script=Han}·、，：《》（）\d\s]+$/u, 'Write the Chinese in simplified characters only.')
      .optional(),
    /** Hanyu Pinyin with tone marks; present exactly when `chinese` is. */
    pinyin: z.string().min(2).optional(),
    /** What sort of thing the entry explains. */
    kind: z.enum(ENTRY_KINDS),
    /** One or two neutral sentences, shown beside the text. */
    definition: z
      .string()
      .min(20)
      .max(320, 'Keep the definition to one or two sentences (at most 320 characters).'),
    /** Optional longer note for the entry's own page. */
    note: z.string().min(20).optional(),
    /** Where the facts come from: at least one source. */
    sources: z
      .array(sourceSchema)
      .min(1, 'Give at least one source for every glossary entry (field "sources").'),
    /** Ids of related entries. */
    related: z.array(z.string()).default([]),
  })
  .refine((entry) => (entry.chinese === undefined) === (entry.pinyin === undefined), {
    message: 'Give "chinese" and "pinyin" together, or neither.',
    path: ['pinyin'],
  });

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;

/** One theme that runs through the speech, in `content/themes.yaml`. Everything here is editorial. */
export const themeSchema = z.object({
  /** Lower-case kebab-case id, used in the URL `/themes/<id>/`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'Use lower-case kebab-case for ids, e.g. "digital-economy".'),
  /** Short name, shown as the theme's heading. */
  name: z.string().min(3).max(60),
  /** One neutral sentence on what the theme's passages are about. */
  description: z.string().min(20).max(240),
  /** Ids of related themes. */
  related: z.array(z.string()).default([]),
});

export type ThemeData = z.infer<typeof themeSchema>;
