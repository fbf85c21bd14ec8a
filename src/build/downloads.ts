import { editionBook } from '../lib/downloads/book';
import { editionEpub } from '../lib/downloads/epub/package';
import { edition } from '../lib/edition';
import { editionPdf } from './pdf/editionPdf';

/**
 * The downloadable editions, each made once per build: the endpoints serve them and the pages that
 * link to them give their size from the same bytes.
 */
const book = editionBook(edition, new URL(import.meta.env.SITE));

/** Makes a download, and logs how long it took: `npm run bench` reports the build time the downloads add. */
function made<T>(name: string, make: () => T): T {
  const start = performance.now();
  const file = make();
  console.info(`Downloads: ${name} made in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return file;
}

let pdf: ReturnType<typeof editionPdf> | undefined;

/** The PDF edition (Typst), and how many pages it has. */
export const pdfEdition = () => (pdf ??= made('edition.pdf', () => editionPdf(book)));

let epub: Uint8Array | undefined;

/** The EPUB 3 edition. */
export const epubEdition = () => (epub ??= made('edition.epub', () => editionEpub(book)));
