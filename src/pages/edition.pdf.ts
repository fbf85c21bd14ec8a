import type { APIRoute } from 'astro';
import { pdfDownload } from '../lib/downloads/files';

/** The edition typeset as a PDF for reading and printing (Typst, at build time). */
export const GET: APIRoute = () =>
  new Response(new Uint8Array(pdfDownload().bytes), { headers: { 'Content-Type': 'application/pdf' } });
