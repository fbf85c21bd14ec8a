import { editionBook } from '../lib/downloads/book';
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
