import type { APIRoute } from 'astro';
import { pdfDownload } from '../lib/downloads/files';

/** The edition typeset as a PDF for reading and printing (Typst, at build time). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array((await pdfDownload()).bytes), {
    headers: { 'Content-Type': 'application/pdf' },
  });
