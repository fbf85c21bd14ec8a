import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { annotationCollection } from '../lib/openData/annotations';

/** Every glossary note and every commentary as a W3C Web Annotation, for annotation tools. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(annotationCollection(edition, site), null, 1), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
