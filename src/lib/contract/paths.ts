/** Site paths of the edition's pages and files, and the absolute addresses built from them. */
import { paragraphId } from './anchors';

/** Site paths of the edition's pages and files. */
export const paths = {
  home: '/',
  speech: '/speech/',
  section: (slug: string) => `/speech/${slug}/`,
  glossary: '/glossary/',
  entry: (id: string) => `/glossary/${id}/`,
  themes: '/themes/',
  theme: (id: string) => `/themes/${id}/`,
  search: '/search/',
  concordance: '/concordance/',
  data: '/data/',
  about: '/about/',
  /** The accessibility statement: what each form of the edition conforms to, and how it is checked. */
  accessibility: '/accessibility/',
  /** What changed in each version of the edition. */
  changes: '/changes/',
  /** The edition typeset for print and reading (Typst). */
  pdf: '/edition.pdf',
  /** The edition as an EPUB 3 e-book. */
  epub: '/edition.epub',
  /** An RIS record: the whole speech, or paragraph N (`/cite/p4.ris`). */
  ris: (paragraph?: number) => `/cite/${paragraph === undefined ? 'speech' : paragraphId(paragraph)}.ris`,
  /** A link-preview image: a section's own, or the edition's (`edition`). */
  previewImage: (name: string) => `/og/${name}.png`,
  speechJson: '/speech.json',
  speechSchema: '/speech.schema.json',
  annotations: '/annotations.jsonld',
  speechText: '/speech.txt',
  /** The speech as a spreadsheet, one row per sentence. */
  speechCsv: '/speech.csv',
  /** The glossary as a spreadsheet, one row per entry. */
  glossaryCsv: '/glossary.csv',
  introduction: '/introduction/',
  timeline: '/timeline/',
  /** The shared bibliography: every work the introduction, commentary, timeline and lineages cite. */
  sources: '/sources/',
  timelineJson: '/timeline.json',
  timelineSchema: '/timeline.schema.json',
  /** The words search knows that start with a letter, and how often they are used (forgiving search). */
  searchWords: (letter: string) => `/search/words/${letter}.json`,
  /** The glossary's pinyin, by how a reader may type it (forgiving search). */
  searchNames: '/search/names.json',
  /** The service worker that keeps the edition for reading offline; it must stay at the site's root. */
  serviceWorker: '/sw.js',
  /** What the whole edition offline is: every file, with its revision and size (lib/offline/edition.ts). */
  offlineManifest: '/offline.json',
  /** What reference previews show: glossary entries and the speech's words (lib/referencePreviews/). */
  referencePreviews: '/reference-previews.json',
  /** The reader's own notes on the speech, kept in their browser. */
  notes: '/notes/',
  /** What the service worker shows for a page that was not kept, opened offline. */
  offline: '/offline/',
} as const;

/**
 * Absolute URL of a site path when the site's public address is known (SITE_URL at build time),
 * otherwise the root-relative path itself.
 */
export function permalink(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** A path with a fragment: `/speech/cybersecurity/#p4`. */
export const withFragment = (path: string, id: string) => `${path}#${id}`;
