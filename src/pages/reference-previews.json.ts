import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { previewData } from '../lib/referencePreviews/previewData';

/** What reference previews show, fetched on the first preview (lib/referencePreviews/previewData.ts). */
export const GET: APIRoute = () => Response.json(previewData(edition));
