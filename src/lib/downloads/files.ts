import { bookOf } from './book';
import { bookEpub } from './epub/package';
import { edition } from '../edition';
import { bookPdf } from './pdf/bookPdf';
import { compactPdf } from './pdf/compactPdf';

/**
 * The downloads, the book as a PDF and as an EPUB, each made once per build: the endpoints serve them and the pages that
 * link to them give their size from the same bytes.
 */
// Without the site's public address (SITE_URL unset: a preview), the book carries no link to the site.
const site = import.meta.env.SITE as string | undefined;
const book = bookOf(edition, site ? new URL(site) : undefined);

/** Makes a download, and logs how long it took: `npm run bench` reports the build time the downloads add. */
function made<T>(name: string, make: () => T): T {
  const start = performance.now();
  const log = () =>
    console.info(`Downloads: ${name} made in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  const file = make();
  // A failure is reported where the file is awaited; the log waits for success only.
  if (file instanceof Promise) void file.then(log, () => undefined);
  else log();
  return file;
}

let pdf: Promise<{ bytes: Uint8Array; pages: number }> | undefined;

/** The book as a PDF (Typst, then recompressed by qpdf), and how many pages it has: the file /edition.pdf. */
export const pdfDownload = () =>
  (pdf ??= made('edition.pdf', async () => {
    const typeset = bookPdf(book);
    return { bytes: await compactPdf(typeset.bytes), pages: typeset.pages };
  }));

let epub: Uint8Array | undefined;

/** The book as an EPUB 3 e-book: the file /edition.epub. */
export const epubDownload = () => (epub ??= made('edition.epub', () => bookEpub(book)));
