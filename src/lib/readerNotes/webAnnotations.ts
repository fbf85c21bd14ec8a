import { withFragment } from '../contract';
import { ANNOTATION_CONTEXT, FRAGMENT_SPEC } from '../openData/webAnnotationVocabulary';
import { notePlace, type ReaderNote } from './note';

/**
 * A reader's notes as W3C Web Annotations (JSON-LD), and back: what "Export notes" downloads and "Import
 * notes" reads. Each note is an Annotation `commenting` on the speaker's words, its text a TextualBody,
 * its target the section page with a TextQuoteSelector and a FragmentSelector naming the sentence
 * (https://www.w3.org/TR/annotation-model/).
 */

/** One note as an Annotation; `absolute` turns a site path into the address the reader reads it at. */
function noteAnnotation(note: ReaderNote, absolute: (path: string) => string) {
  return {
    id: note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: note.created,
    modified: note.modified,
    body: { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
    target: {
      source: absolute(note.page),
      selector: [
        { type: 'TextQuoteSelector', ...note.quote },
        { type: 'FragmentSelector', conformsTo: FRAGMENT_SPEC, value: note.sentence },
      ],
    },
  };
}

/** All of a reader's notes as one collection, in speech order. */
export function notesCollection(
  notes: readonly ReaderNote[],
  absolute: (path: string) => string,
  label: string,
) {
  const items = notes.map((note) => noteAnnotation(note, absolute));
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/** What an import found: the notes a reader wrote, and how many annotations were not theirs. */
export interface ImportedNotes {
  notes: ReaderNote[];
  /** Annotations left out: the edition's own (describing terms, or by its editors), or unusable. */
  leftOut: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The annotations of a Web Annotation document: a collection (its pages' items), a page, a list or one. */
function annotationsIn(document: Json): unknown[] {
  const type = asList(document['type']);
  if (type.includes('AnnotationCollection')) {
    const pages: unknown[] = [];
    for (let page: unknown = document['first']; isObject(page); page = page['next']) pages.push(page);
    return pages.flatMap((page) => asList((page as Json)['items']));
  }
  if (type.includes('AnnotationPage')) return asList(document['items']);
  if (type.includes('Annotation')) return [document];
  return [];
}

/** A reader's note from one annotation, or undefined when it is not one (see `readAnnotations`). */
function noteOf(annotation: unknown, now: string): ReaderNote | undefined {
  if (!isObject(annotation) || !asList(annotation['motivation']).includes('commenting')) return undefined;
  // The edition's own commentary is by its editors, an Organization: a reader's note is not.
  const creator = annotation['creator'];
  if (isObject(creator) && asList(creator['type']).includes('Organization')) return undefined;
  const body = asList(annotation['body']).find(
    (b) => isObject(b) && asList(b['type']).includes('TextualBody') && text(b['value']),
  ) as Json | undefined;
  const target = asList(annotation['target']).find(isObject);
  const source = text(target?.['source']);
  const selectors = asList(target?.['selector']).filter(isObject);
  const quote = selectors.find((s) => s['type'] === 'TextQuoteSelector');
  const fragment = text(selectors.find((s) => s['type'] === 'FragmentSelector')?.['value']);
  const exact = text(quote?.['exact']);
  if (!body || !source || !exact || !fragment || notePlace({ sentence: fragment }).paragraph === 0)
    return undefined;
  let page: string;
  try {
    page = new URL(source, 'http://edition.invalid').pathname;
  } catch {
    return undefined;
  }
  return {
    id: text(annotation['id']) ?? `urn:uuid:${crypto.randomUUID()}`,
    text: text(body['value']) ?? '',
    quote: { exact, prefix: text(quote?.['prefix']) ?? '', suffix: text(quote?.['suffix']) ?? '' },
    sentence: fragment,
    page,
    created: text(annotation['created']) ?? now,
    modified: text(annotation['modified']) ?? now,
  };
}

/**
 * The notes a reader wrote, from a parsed Web Annotation document. Only annotations `commenting` on the
 * speech with a text body, a quote and a sentence, and not by the edition's editors, come in: importing
 * the edition's own /annotations.jsonld brings in nothing. Throws, with a message for the reader, on
 * anything that is not a Web Annotation document.
 */
export function readAnnotations(document: unknown, now = new Date().toISOString()): ImportedNotes {
  if (!isObject(document) || !asList(document['@context']).includes(ANNOTATION_CONTEXT))
    throw new Error('This file is not a set of W3C Web Annotations (it names no anno.jsonld context).');
  const annotations = annotationsIn(document);
  if (annotations.length === 0)
    throw new Error(
      'This file holds no annotation: it is not an annotation, a page or a collection of them.',
    );
  const notes = annotations.map((annotation) => noteOf(annotation, now)).filter((note) => note !== undefined);
  return { notes, leftOut: annotations.length - notes.length };
}

/** A sentence's address on its section page: the link a note gives to its words. */
export const sentenceAddress = (
  note: Pick<ReaderNote, 'page' | 'sentence'>,
  absolute: (path: string) => string,
) => absolute(withFragment(note.page, note.sentence));
