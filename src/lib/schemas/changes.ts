import { z } from 'astro/zod';
import { isoDate } from '../text/dates';
import { editorsText } from './fields';

/** A version number as `package.json` writes it: major.minor.patch. */
export const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/u;

/**
 * One version of the edition in `content/changes.yaml`: its number, the day it was published and what
 * changed in the editors' material. Ours; the speaker's text never changes between versions.
 */
export const changeSchema = z.object({
  /** The version, as in `package.json` when it was published: "0.3.0". */
  version: z.string().regex(SEMVER, 'Write versions as major.minor.patch, e.g. 0.3.0.'),
  /** The day it was published, YYYY-MM-DD. YAML reads it as a date; it is kept as written. */
  date: z.preprocess(
    (value) => (value instanceof Date ? isoDate(value) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'Write the date as YYYY-MM-DD, e.g. 2026-12-02.'),
  ),
  /** What changed, one sentence or two per change, in the editors' words. */
  changes: z.array(editorsText(z.string().min(10))).min(1),
});

export type ChangeData = z.infer<typeof changeSchema>;
