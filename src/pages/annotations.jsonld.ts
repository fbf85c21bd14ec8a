import type { APIRoute } from 'astro';
import { edition } from '../lib/edition';
import { annotationCollection } from '../lib/openData/annotations';
import { ANNOTATION_CONTEXT } from '../lib/openData/webAnnotationVocabulary';

/** Every glossary note and every commentary as a W3C Web Annotation, for annotation tools. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(annotationCollection(edition, site), null, 1), {
    headers: { 'Content-Type': `application/ld+json; profile="${ANNOTATION_CONTEXT}"` },
  });
