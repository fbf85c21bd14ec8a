import { editionBook } from '../lib/downloads/book';
import { editionEpub } from '../lib/downloads/epub/package';
import { edition } from '../lib/edition';
import { editionPdf } from './pdf/editionPdf';

/**
 * The downloadable editions, each made once per build: the endpoints serve them and the pages that
 * link to them give their size from the same bytes.
 */
const book = editionBook(edition, new URL(import.meta.env.SITE));

let pdf: ReturnType<typeof editionPdf> | undefined;

/** The PDF edition (Typst), and how many pages it has. */
export const pdfEdition = () => (pdf ??= editionPdf(book));

let epub: Uint8Array | undefined;

/** The EPUB 3 edition. */
export const epubEdition = () => (epub ??= editionEpub(book));
