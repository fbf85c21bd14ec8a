import type { SectionData } from '../schemas';

/** What a section file holds, as the content layer gives it: its id (file name without extension) and frontmatter. */
export interface SectionContent {
  id: string;
  data: SectionData;
}

/** Where a section sits in the speech: its file, its slug (URL) and its order. */
export interface SectionPlace<T extends SectionContent = SectionContent> {
  content: T;
  /** `content/sections/NN-slug.mdx`, for messages. */
  file: string;
  slug: string;
}

// Two digits or more: a volume of speeches (or the scale benchmark) needs three.
const FILE_PREFIX = /^(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)$/u;

/**
 * Checks the sections against each other and puts them in speech order. Fails with a message naming the
 * file when a file name is not `NN-slug`, when NN differs from `order`, or when the paragraphs are not
 * 1, 2, 3 ... each exactly once, in speech order. The number of paragraphs is what the sections hold.
 */
export function placeSections<T extends SectionContent>(entries: readonly T[]): SectionPlace<T>[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const placed = sorted.map((content, index) => {
    const match = FILE_PREFIX.exec(content.id);
    if (!match?.[1] || !match[2]) {
      throw new Error(
        `Section file "${content.id}.mdx" must be named NN-slug.mdx, e.g. 03-cybersecurity.mdx.`,
      );
    }
    if (Number(match[1]) !== content.data.order || content.data.order !== index + 1) {
      throw new Error(
        `Section "${content.id}.mdx" has order ${content.data.order}; orders must run 1, 2, 3 ... and match the file's NN prefix.`,
      );
    }
    return { content, file: `content/sections/${content.id}.mdx`, slug: match[2] };
  });
  const covered = placed.flatMap((section) => section.content.data.paragraphs);
  const expected = Array.from({ length: Math.max(0, ...covered) }, (_, i) => i + 1);
  if (covered.join() !== expected.join()) {
    throw new Error(
      `The sections hold paragraphs [${covered.join(', ')}]; they must hold [${expected.join(', ')}], each once, in order.`,
    );
  }
  return placed;
}

/**
 * A run of paragraphs as the edition labels it: "¶4", "¶1–2", "¶1–3"; in running prose ("prose"),
 * "¶1 to ¶9".
 */
export function paragraphRange(paragraphs: readonly number[], style: 'label' | 'prose' = 'label'): string {
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (first === undefined || last === undefined) return '';
  if (first === last) return `¶${first}`;
  return style === 'label' ? `¶${first}–${last}` : `¶${first} to ¶${last}`;
}

/** An entry of a page's table of contents: a section, or the number of sections left out at that point. */
export type ContentsEntry<T> = { section: T } | { skipped: number };

/**
 * The sections a page's table of contents lists. A speech of up to `limit` sections lists them all. A
 * longer one lists the first, the last and those within `around` of the current section, with the count
 * left out between them, so a page stays the same size however long the text grows.
 */
export function contentsWindow<T extends { slug: string }>(
  sections: readonly T[],
  current: string | undefined,
  limit = 25,
  around = 5,
): ContentsEntry<T>[] {
  if (sections.length <= limit) return sections.map((section) => ({ section }));
  const at = Math.max(
    0,
    sections.findIndex((section) => section.slug === current),
  );
  const shown = (i: number) => i === 0 || i === sections.length - 1 || Math.abs(i - at) <= around;
  const entries: ContentsEntry<T>[] = [];
  sections.forEach((section, i) => {
    const last = entries.at(-1);
    if (shown(i)) entries.push({ section });
    else if (last && 'skipped' in last) last.skipped += 1;
    else entries.push({ skipped: 1 });
  });
  return entries;
}
