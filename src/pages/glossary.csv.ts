import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { CSV_TYPE, glossaryCsv } from '../lib/openData/csv';

/** The glossary as a spreadsheet: one row per entry (lib/openData/csv.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(glossaryCsv(edition, site), { headers: { 'Content-Type': CSV_TYPE } });
