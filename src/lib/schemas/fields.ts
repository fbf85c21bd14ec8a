import { z } from 'astro/zod';
import { sentenceSpans } from '../speech/sentences';
import { isoDate } from '../text/dates';
import { typographic } from '../text/typography';

/** A lower-case kebab-case id, as addresses use it (`/glossary/<id>/`). */
export const kebabId = (example: string) =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, `Use lower-case kebab-case for ids, e.g. "${example}".`);

/**
 * Prose of exactly one sentence, between `min` and `max` characters: it ends with a full stop, question or
 * exclamation mark, and holds no sentence break by the rule that splits the speech ("No. 53" is none).
 */
export const oneSentence = (min: number, max: number, message: string) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((text) => /[.!?]["”’']?$/u.test(text.trim()) && sentenceSpans(text.trim()).length === 1, message);

/** How much of a date a source gives. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** The precision a date is written with: "2014-02-27" a day, "2013-08" a month, "2023" a year. */
export function precisionOf(date: string): DatePrecision {
  const [, , month, day] = PARTIAL_DATE.exec(date) ?? [];
  return day ? 'day' : month ? 'month' : 'year';
}

/** Whether a date so written exists ("2014-02-30" does not); one not so written is the pattern's to report. */
function exists(date: string): boolean {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return true;
  const [, year, month = '01', day = '01'] = match;
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && isoDate(parsed) === `${year}-${month}-${day}`;
}

/**
 * A date as precise as its source: "2014-02-27", "2013-08" or "2023". YAML reads an unquoted full date
 * as a Date and a year as a number; both are taken back to the written form.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? isoDate(value) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(PARTIAL_DATE, 'Write dates as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2014-02-27.')
    .refine(exists, 'This date does not exist; check the month and day.'),
);

/** The rule for a record with a `date` and its `precision`: the two agree ("2013-08" is a month). */
export const precisionMatches: [
  (dated: { date: string; precision: DatePrecision }) => boolean,
  { message: string; path: string[] },
] = [
  (dated) => precisionOf(dated.date) === dated.precision,
  {
    message: 'The precision does not match the date: a day is YYYY-MM-DD, a month YYYY-MM, a year YYYY.',
    path: ['precision'],
  },
];

/**
 * A field of the editors' words (a definition, a title, a description) as readers get it: with typographic
 * quotes and apostrophes (lib/text/typography.ts), converted once as the content loads, so that every page,
 * search record, open data file and download carries the same text. Never for the speaker's words, nor
 * for what is matched against them (a glossary term) or copied verbatim from the source (speech.yaml).
 */
export const editorsText = <T extends z.ZodType<string>>(schema: T) => schema.transform(typographic);
