import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { CSV_TYPE, speechCsv } from '../lib/openData/csv';

/** The speech as a spreadsheet: one row per sentence (lib/openData/csv.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(speechCsv(edition, site), { headers: { 'Content-Type': CSV_TYPE } });
