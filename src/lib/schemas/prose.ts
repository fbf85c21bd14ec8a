import { z } from 'astro/zod';
import { editorsText } from './fields';

/**
 * A part of the editors' prose about the edition itself, `content/prose/<page>/NN-slug.mdx` (or
 * `content/prose/<page>.mdx` for a page of one part): the words of About, Open data, Changes and Sources,
 * and what the PDF and the EPUB say of themselves. A page shows its parts in the order of their file
 * names. Values the edition computes (its version, counts, addresses) are written as `{props.version.number}`
 * (lib/prose/values.ts lists them); components the prose may use are in components/prose/.
 */
export const proseSchema = z
  .object({
    /** The part's heading on its page; none for a page's opening words. */
    title: editorsText(z.string().min(3).max(60)).optional(),
    /** The heading's id, the part's address on its page (`/about/#cite-heading`): keep it once published. */
    anchor: z
      .string()
      .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/u, 'An anchor is lower-case words joined by hyphens.')
      .optional(),
    /**
     * Whether the PDF and the EPUB print it too, in their "About this edition" (a part of About) or on
     * their title page (`book/`). Such a part may use only the components the book knows
     * (lib/prose/bookProse.ts); the build fails on any other.
     */
    book: z.boolean().default(false),
  })
  .refine(
    (part) => (part.title === undefined) === (part.anchor === undefined),
    'A part with a title needs an anchor for its heading, and a part without a title has none.',
  );

export type ProseData = z.infer<typeof proseSchema>;
