import { paragraphId, paths, permalink, withFragment } from '../contract';
import type { Commentary, Edition } from '../model/types';
import { longDate } from '../text/dates';
import { ANNOTATION_CONTEXT, FRAGMENT_SPEC } from './webAnnotationVocabulary';

/** A W3C Web Annotation of one use of a glossary term, anchored by the quoted words and their context. */
export interface TermAnnotation {
  id: string;
  paragraphText: string;
  start: number;
  end: number;
  source: string;
  fragment: string;
  definition: string;
  glossaryUrl: string;
}

const CONTEXT = 32;

/** One annotation in the W3C Web Annotation model, with a TextQuoteSelector (prefix, exact, suffix). */
export function webAnnotation(a: TermAnnotation) {
  return {
    id: a.id,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      {
        type: 'TextualBody',
        value: a.definition,
        format: 'text/plain',
        language: 'en',
        purpose: 'describing',
      },
      { id: a.glossaryUrl, type: 'Text', format: 'text/html', purpose: 'linking' },
    ],
    target: {
      source: a.source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: a.paragraphText.slice(a.start, a.end),
          prefix: a.paragraphText.slice(Math.max(0, a.start - CONTEXT), a.start),
          suffix: a.paragraphText.slice(a.end, a.end + CONTEXT),
        },
        { type: 'FragmentSelector', conformsTo: FRAGMENT_SPEC, value: a.fragment },
      ],
    },
  };
}

/**
 * The editors' commentary on a paragraph as a W3C Web Annotation: `commenting` on the whole paragraph
 * (its fragment on its section page), the commentary's plain text as the body, with a link to where it
 * is shown and to every work its notes cite.
 */
export function commentaryAnnotation(commentary: Commentary, url: (path: string) => string, creator: string) {
  const sources = [...new Set(commentary.notes.flatMap((note) => note.sources))];
  return {
    id: withFragment(url(paths.annotations), commentary.id),
    type: 'Annotation',
    motivation: 'commenting',
    creator: { type: 'Organization', name: creator },
    body: [
      {
        type: 'TextualBody',
        value: commentary.text,
        format: 'text/plain',
        language: 'en',
        purpose: 'commenting',
      },
      { id: url(commentary.href), type: 'Text', format: 'text/html', purpose: 'linking' },
      ...sources.map((source) => ({
        id: source.url ?? url(source.href),
        type: 'Text',
        purpose: 'linking',
        title: source.title,
      })),
    ],
    target: {
      source: url(commentary.paragraph.section.href),
      selector: {
        type: 'FragmentSelector',
        conformsTo: FRAGMENT_SPEC,
        value: commentary.paragraph.id,
      },
    },
  };
}

/**
 * The edition's annotations of the speech as a W3C Web Annotation collection, for `/annotations.jsonld`:
 * every use of a glossary term (`describing`), then the commentary on each paragraph (`commenting`).
 */
export function annotationCollection(edition: Edition, site: URL | undefined) {
  const url = (path: string) => permalink(path, site);
  const { speech } = edition;
  const editors = `The editors of ${edition.masthead.title}`;
  const notes = edition.uses.map((o, i) =>
    webAnnotation({
      id: withFragment(url(paths.annotations), `${o.entry.id}-${i + 1}`),
      paragraphText: o.paragraph.text,
      start: o.start,
      end: o.end,
      source: url(o.paragraph.section.href),
      fragment: paragraphId(o.paragraph.number),
      definition: o.entry.definition,
      glossaryUrl: url(o.entry.href),
    }),
  );
  const items = [...notes, ...edition.commentary.map((c) => commentaryAnnotation(c, url, editors))];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: url(paths.annotations),
    type: 'AnnotationCollection',
    label: `Glossary notes and commentary on “${speech.title}” (${speech.speaker}, ${longDate(speech.date)})`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
