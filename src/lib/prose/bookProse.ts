import { mdxProse, type BookComponent, type ProseBlock } from './mdxProse';
import type { ProsePart } from './parts';
import type { ProseValues } from './values';

/**
 * The components a part of the prose that the book prints may use (`book: true`), and how the book sets
 * each: the official text's web page as a link, the source's notices as a quotation, and nothing for the
 * site's links to the downloads (the book is one of them). Any other component fails the build.
 */
export function bookComponents(values: ProseValues): Record<string, BookComponent> {
  const { speech } = values;
  return {
    WebPage: { inlines: [{ kind: 'link', text: speech.webPageName, href: speech.webPageUrl }] },
    RightsNotice: { block: { kind: 'notices', lines: [speech.rightsNotice, speech.copyright] } },
    DownloadLinks: 'omit',
  };
}

/** The parts of a page that the book prints, as blocks, each under its heading. */
export function bookProse(parts: readonly ProsePart[], values: ProseValues): ProseBlock[] {
  const components = bookComponents(values);
  return parts
    .filter((part) => part.book)
    .flatMap((part) => [
      ...(part.title ? [{ kind: 'heading' as const, text: part.title }] : []),
      ...mdxProse(part.body, { file: part.file, values, components }),
    ]);
}
