import type { SectionData } from '../schemas';

/** A section entry as the content layer gives it: the file's id (its name without extension) and frontmatter. */
export interface SectionSource {
  id: string;
  data: SectionData;
}

/** A section placed in the speech: its URL and its neighbours. */
export interface PlacedSection<T extends SectionSource = SectionSource> {
  entry: T;
  slug: string;
  href: string;
  title: string;
  summary: string;
  order: number;
  paragraphs: number[];
  previous: PlacedSection<T> | undefined;
  next: PlacedSection<T> | undefined;
}

// Two digits or more: a volume of speeches (or the scale benchmark) needs three.
const FILE_PREFIX = /^(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)$/u;

/** URL path of a section page. */
export function sectionHref(slug: string): string {
  return `/speech/${slug}/`;
}

/**
 * Checks the sections against the speech and orders them. Fails with a message naming the file when a
 * file name is not `NN-slug`, when NN differs from `order`, or when the paragraphs are not 1 to
 * `paragraphCount`, each exactly once, in speech order.
 */
export function placeSections<T extends SectionSource>(entries: readonly T[], paragraphCount: number) {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const placed: PlacedSection<T>[] = sorted.map((entry, index) => {
    const match = FILE_PREFIX.exec(entry.id);
    if (!match?.[1] || !match[2]) {
      throw new Error(`Section file "${entry.id}.mdx" must be named NN-slug.mdx, e.g. 03-cybersecurity.mdx.`);
    }
    if (Number(match[1]) !== entry.data.order || entry.data.order !== index + 1) {
      throw new Error(
        `Section "${entry.id}.mdx" has order ${entry.data.order}; orders must run 1, 2, 3 ... and match the file's NN prefix.`,
      );
    }
    return {
      entry,
      slug: match[2],
      href: sectionHref(match[2]),
      title: entry.data.title,
      summary: entry.data.summary,
      order: entry.data.order,
      paragraphs: entry.data.paragraphs,
      previous: undefined,
      next: undefined,
    };
  });
  const covered = placed.flatMap((section) => section.paragraphs);
  const expected = Array.from({ length: paragraphCount }, (_, i) => i + 1);
  if (covered.join() !== expected.join()) {
    throw new Error(
      `The sections hold paragraphs [${covered.join(', ')}]; they must hold [${expected.join(', ')}], each once, in order.`,
    );
  }
  placed.forEach((section, index) => {
    section.previous = placed[index - 1];
    section.next = placed[index + 1];
  });
  return placed;
}

// Paragraph number to section, per list of sections: pages ask for thousands of paragraph links.
const homes = new WeakMap<readonly PlacedSection[], Map<number, PlacedSection>>();

/** The section that is paragraph N's canonical home. */
export function sectionOfParagraph<T extends SectionSource>(
  sections: readonly PlacedSection<T>[],
  n: number,
) {
  let byParagraph = homes.get(sections) as Map<number, PlacedSection<T>> | undefined;
  if (!byParagraph) {
    byParagraph = new Map(
      sections.flatMap((section) => section.paragraphs.map((p) => [p, section] as const)),
    );
    homes.set(sections, byParagraph);
  }
  const home = byParagraph.get(n);
  if (!home) throw new Error(`No section holds paragraph ${n}.`);
  return home;
}

/** Link to paragraph N at its canonical home, e.g. `/speech/cybersecurity/#p4`. */
export function paragraphHref<T extends SectionSource>(
  sections: readonly PlacedSection<T>[],
  n: number,
): string {
  return `${sectionOfParagraph(sections, n).href}#p${n}`;
}

/** An entry of a page's table of contents: a section, or the number of sections left out at that point. */
export type ContentsEntry<T extends SectionSource> = { section: PlacedSection<T> } | { skipped: number };

/**
 * The sections a page's table of contents lists. A speech of up to `limit` sections lists them all. A
 * longer one lists the first, the last and those within `around` of the current section, with the count
 * left out between them, so a page stays the same size however long the text grows.
 */
export function contentsWindow<T extends SectionSource>(
  sections: readonly PlacedSection<T>[],
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
