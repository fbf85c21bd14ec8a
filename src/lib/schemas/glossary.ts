import { z } from 'astro/zod';
import { editorsText, kebabId } from './fields';

/** The kinds of glossary entry, in the order the glossary lists them. */
export const ENTRY_KINDS = ['event', 'institution', 'law', 'policy', 'concept', 'translation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where a glossary fact comes from, as the entry writes it. */
export const glossarySourceSchema = z.object({
  /** Title of the article, page or document, as published. */
  title: editorsText(z.string().min(3)),
  /** Publisher or author; mark mirrors and reposts as such, e.g. "Xinhua (mirror)". */
  publisher: editorsText(z.string().min(2)),
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
    id: kebabId('digital-silk-road'),
    /** The words as the speech says them (matched without regard to case, as whole words). */
    term: inSpeechPhrase,
    /** Other phrasings of the same thing that occur in the speech and are linked too. */
    aliases: z.array(inSpeechPhrase).default([]),
    /** Other English renderings of the Chinese term, and who uses them; searchable, never linked in the text. */
    renderings: z
      .array(z.object({ text: editorsText(inSpeechPhrase), usedBy: editorsText(z.string().min(2)) }))
      .default([]),
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
    definition: editorsText(
      z.string().min(20).max(320, 'Keep the definition to one or two sentences (at most 320 characters).'),
    ),
    /** Optional longer note for the entry's own page. */
    note: editorsText(z.string().min(20)).optional(),
    /** Where the facts come from: at least one source. */
    sources: z
      .array(glossarySourceSchema)
      .min(1, 'Give at least one source for every glossary entry (field "sources").'),
    /** Ids of related entries. */
    related: z.array(z.string()).default([]),
  })
  .refine((entry) => (entry.chinese === undefined) === (entry.pinyin === undefined), {
    message: 'Give "chinese" and "pinyin" together, or neither.',
    path: ['pinyin'],
  });

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;
