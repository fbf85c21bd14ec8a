import type { APIRoute } from 'astro';
import { epubDownload } from '../lib/downloads/files';

/** The edition as an EPUB 3 e-book (built at build time from the same records as the PDF). */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(epubDownload()), { headers: { 'Content-Type': 'application/epub+zip' } });
