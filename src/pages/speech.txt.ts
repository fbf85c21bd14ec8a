import type { APIRoute } from 'astro';
import { officialText } from '../lib/edition';

/** The official English text exactly as the source gives it, notices included. */
export const GET: APIRoute = () =>
  new Response(officialText, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
