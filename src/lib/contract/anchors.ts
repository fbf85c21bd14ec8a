/** Element ids inside pages (paragraphs, sentences, notes, commentary, events…), written and parsed here. */

/** Paragraph N of the speech: `p4`. */
export const paragraphId = (paragraph: number) => `p${paragraph}`;

/** Sentence K of paragraph N: `p4-3`. */
export const sentenceId = (paragraph: number, sentence: number) => `p${paragraph}-${sentence}`;

/** The note beside paragraph N's K-th noted term, and the mark in the text that opens it: `p4-n2`, `p4-r2`. */
export const noteId = (paragraph: number, note: number) => `p${paragraph}-n${note}`;
export const noteMarkId = (paragraph: number, note: number) => `p${paragraph}-r${note}`;

/** A section page's heading, its title (the cite dialog reads it to cite the section). */
export const SECTION_TITLE_ID = 'section-title';

/** Every page's main content, where the skip link leads. */
export const MAIN_ID = 'main';

/** The About page's part on reading offline, with the control that saves the edition (the footer links to it). */
export const OFFLINE_HEADING = 'offline-heading';

/** The list of sections beside the speech's text (a section page, the whole speech), which phones link back to. */
export const SECTIONS_NAV_ID = 'sections-nav';

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

/** A version's place on the changes page: `/changes/#version-0-3-0`. */
export const versionAnchorId = (version: string) => `version-${version.replaceAll('.', '-')}`;

/** Where a text directive starts in a fragment (URL Fragment Text Directives): `#p4-3:~:text=…`. */
export const DIRECTIVE_DELIMITER = ':~:';

/**
 * The element id a fragment names, without any text directive: "#p4-3:~:text=…" gives "p4-3". Browsers
 * that support text directives remove them from `location.hash`; others leave them in.
 */
export function fragmentId(hash: string): string {
  const fragment = decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  const at = fragment.indexOf(DIRECTIVE_DELIMITER);
  return at === -1 ? fragment : fragment.slice(0, at);
}

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
