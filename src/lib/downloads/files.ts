import { bookOf } from './book';
import { bookEpub } from './epub/package';
import { edition } from '../edition';
import { bookPdf } from './pdf/bookPdf';

/**
 * The downloads, the book as a PDF and as an EPUB, each made once per build: the endpoints serve them and the pages that
 * link to them give their size from the same bytes.
 */
// Astro's `site` is undefined for a build without SITE_URL (src/build/siteUrl.ts). Until the downloads
// leave out their links to a site whose address is unknown (issue 22; decisions.md gives that part to the
// downloads), they keep the preview address they named before.
const book = bookOf(edition, new URL(import.meta.env.SITE ?? 'http://localhost:4321/'));

/** Makes a download, and logs how long it took: `npm run bench` reports the build time the downloads add. */
function made<T>(name: string, make: () => T): T {
  const start = performance.now();
  const file = make();
  console.info(`Downloads: ${name} made in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return file;
}

let pdf: ReturnType<typeof bookPdf> | undefined;

/** The book as a PDF (Typst), and how many pages it has: the file /edition.pdf. */
export const pdfDownload = () => (pdf ??= made('edition.pdf', () => bookPdf(book)));

let epub: Uint8Array | undefined;

/** The book as an EPUB 3 e-book: the file /edition.epub. */
export const epubDownload = () => (epub ??= made('edition.epub', () => bookEpub(book)));
