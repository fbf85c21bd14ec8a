/**
 * The public URL and markup contract: every address, element id and data attribute that saved links,
 * other tools and this site's own scripts rely on. Each is written here once and parsed here once; the
 * build-time markup and the browser scripts both import this module, so it depends on nothing.
 * Addresses listed in tests/public-urls.txt must keep working (see README, "Addresses").
 */

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
  /** An RIS record: the whole speech, or paragraph N (`/cite/p4.ris`). */
  ris: (paragraph?: number) => `/cite/${paragraph === undefined ? 'speech' : paragraphId(paragraph)}.ris`,
  /** A link-preview image: a section's own, or the edition's (`edition`). */
  previewImage: (name: string) => `/og/${name}.png`,
  speechJson: '/speech.json',
  speechSchema: '/speech.schema.json',
  annotations: '/annotations.jsonld',
  speechText: '/speech.txt',
  introduction: '/introduction/',
  timeline: '/timeline/',
  /** The shared bibliography: every work the introduction, commentary, timeline and lineages cite. */
  sources: '/sources/',
  timelineJson: '/timeline.json',
  timelineSchema: '/timeline.schema.json',
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

/** Paragraph N of the speech: `p4`. */
export const paragraphId = (paragraph: number) => `p${paragraph}`;

/** Sentence K of paragraph N: `p4-3`. */
export const sentenceId = (paragraph: number, sentence: number) => `p${paragraph}-${sentence}`;

/** The note beside paragraph N's K-th noted term, and the mark in the text that opens it: `p4-n2`, `p4-r2`. */
export const noteId = (paragraph: number, note: number) => `p${paragraph}-n${note}`;
export const noteMarkId = (paragraph: number, note: number) => `p${paragraph}-r${note}`;

/** Every page's main content, where the skip link leads. */
export const MAIN_ID = 'main';

/** The heading of the home page's list of every section, which long tables of contents link to. */
export const SECTIONS_HEADING = 'sections-heading';

/** The editors' commentary on paragraph N, beside it on its section page and on /speech/: `commentary-4`. */
export const commentaryId = (paragraph: number) => `commentary-${paragraph}`;

/** The scope of the introduction's source notes (a commentary's is its id). */
export const INTRODUCTION = 'introduction';

/** Source note K of a scope (the introduction, a commentary). */
export const sourceNoteId = (scope: string, note: number) => `${scope}-note-${note}`;

/**
 * The mark in the text that points to source note K, which the note links back to: in the introduction
 * only, whose notes are far from their marks. A commentary's notes stand just under its few lines.
 */
export const sourceNoteMarkId = (scope: string, note: number) =>
  scope === INTRODUCTION ? `${scope}-mark-${note}` : undefined;

/** A work on the sources page: `source-digichina-xinhua-report-translation`. */
export const sourceAnchorId = (id: string) => `source-${id}`;

/** The lineage of a formulation on its glossary entry's page. */
export const LINEAGE_ID = 'lineage';

/** An event on the timeline: `event-leading-group-first-meeting`. */
export const eventAnchorId = (id: string) => `event-${id}`;

/** Anchor of a word's keyword-in-context lines on the concordance page: `word-cybersecurity`. */
export const wordAnchorId = (word: string) => `word-${word.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}`;

const PARAGRAPH = /^p(\d+)$/u;
const SENTENCE = /^p(\d+)-(\d+)$/u;
const NOTE = /^p(\d+)-[nr](\d+)$/u;

/** The paragraph number of a paragraph id (`p4` gives 4), or undefined for any other id. */
export function parseParagraphId(id: string): number | undefined {
  const match = PARAGRAPH.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Paragraph and sentence of a sentence id (`p4-3`), or undefined for any other id. */
export function parseSentenceId(id: string): { paragraph: number; sentence: number } | undefined {
  const match = SENTENCE.exec(id);
  return match ? { paragraph: Number(match[1]), sentence: Number(match[2]) } : undefined;
}

/** Paragraph and note number of a note's or a note mark's id (`p4-n2`, `p4-r2`). */
export function parseNoteId(id: string): { paragraph: number; note: number } | undefined {
  const match = NOTE.exec(id);
  return match ? { paragraph: Number(match[1]), note: Number(match[2]) } : undefined;
}

/**
 * Data attributes the scripts read. Build-time markup spreads these objects onto its elements; scripts
 * read them back with the functions below, so the names live in this one place.
 */
export const attributes = {
  /** On a paragraph's ¶ link: the paragraph's permanent address (print shows it; copying and citing read it). */
  permalink: (url: string) => ({ 'data-permalink': url }),
  /** On a Cite button: the paragraph it cites, or the whole speech. */
  cite: (paragraph?: number) => ({ 'data-cite': paragraph === undefined ? '' : String(paragraph) }),
  /** On a paragraph's Copy link button, which copies the paragraph's permanent address. */
  copyLink: () => ({ 'data-copy-link': '' }),
  /**
   * A paragraph's other names for search (see `ALSO_KNOWN_AS`): indexed by Pagefind from the attribute,
   * never shown.
   */
  searchNames: (names: readonly string[]) => ({
    'data-search-terms': `${ALSO_KNOWN_AS} ${names.join('; ')}`,
    'data-pagefind-index-attrs': 'data-search-terms',
  }),
} as const;

/** Every element that is a paragraph of the speech carries this class. */
export const PARAGRAPH_CLASS = 'paragraph';

/** The permanent address of the paragraph an element sits in, from the paragraph's ¶ link. */
export function paragraphPermalinkOf(element: Element): string | undefined {
  const paragraph = element.closest(`.${PARAGRAPH_CLASS}`);
  return paragraph?.querySelector<HTMLElement>('[data-permalink]')?.dataset['permalink'];
}

/** The paragraph a Cite button cites, or undefined for the whole speech. */
export function citedParagraph(button: HTMLElement): number | undefined {
  const value = button.dataset['cite'];
  return value ? Number(value) : undefined;
}

/**
 * The word that opens a paragraph's hidden list of other names in the search index: words Pagefind
 * finds after it matched the paragraph through a term's other rendering or its Chinese, not through the
 * speaker's words.
 */
export const ALSO_KNOWN_AS = 'alsoknownas';
