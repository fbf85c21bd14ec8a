import type { ProseData } from '../schemas';

/** The pages whose words are the editors' prose of content/prose/, and the book's (PDF and EPUB) own. */
const PROSE_PAGES = ['about', 'data', 'changes', 'sources', 'notes', 'accessibility', 'book'] as const;
export type ProsePage = (typeof PROSE_PAGES)[number];

/** One part of a page's prose: a file of content/prose/, in the order of its page. */
export interface ProsePart {
  /** The content layer's id of the file (`about/01-source`), for rendering it. */
  contentId: string;
  /** `content/prose/about/01-source.mdx`. */
  file: string;
  page: ProsePage;
  /** Its heading and the heading's id, when it has one. */
  title: string | undefined;
  anchor: string | undefined;
  /** Whether the book prints it too. */
  book: boolean;
  body: string;
}

const isPage = (name: string): name is ProsePage => (PROSE_PAGES as readonly string[]).includes(name);

/**
 * The prose of content/prose/ (in `dir`) by page, each page's parts in the order of their file names.
 * Fails, naming the file, on a folder or file that is no page's, two parts of a page with one anchor,
 * and a part the book prints that is neither About's nor the book's own.
 */
export function proseParts(
  files: readonly { id: string; data: ProseData; body: string }[],
  dir: string,
): Record<ProsePage, readonly ProsePart[]> {
  const pages = Object.fromEntries(PROSE_PAGES.map((page) => [page, [] as ProsePart[]])) as Record<
    ProsePage,
    ProsePart[]
  >;
  const problems: string[] = [];
  for (const { id, data, body } of [...files].sort((a, b) => a.id.localeCompare(b.id))) {
    const page = id.split('/')[0] ?? id;
    const file = `${dir}/${id}.mdx`;
    if (!isPage(page)) {
      problems.push(`${file}: no page is called "${page}"; the pages are ${PROSE_PAGES.join(', ')}.`);
      continue;
    }
    if (data.book && page !== 'about' && page !== 'book')
      problems.push(
        `${file}: only a part of About or of the book itself can be printed in the book (field "book").`,
      );
    const taken = pages[page].find((part) => data.anchor !== undefined && part.anchor === data.anchor);
    if (taken)
      problems.push(`${file}: ${taken.file} has the anchor "${data.anchor ?? ''}" already (field "anchor").`);
    pages[page].push({
      contentId: id,
      file,
      page,
      title: data.title,
      anchor: data.anchor,
      book: data.book,
      body,
    });
  }
  if (problems.length > 0)
    throw new Error(`The editors' prose does not fit its pages:\n${problems.join('\n')}`);
  return pages;
}
