import { CITATION_STYLE_NAMES, citedSpeech, formatCitation, PROSE_CITATION_STYLES } from '../citing/citation';
import { bookProse } from '../prose/bookProse';
import type { Inline, ProseBlock } from '../prose/mdxProse';
import { proseValues } from '../prose/values';
import { paths, permalink } from '../contract';
import { KIND_LABELS } from '../kindLabels';
import type { Edition, EditionVersion, Paragraph, SourceNote } from '../model/types';

/**
 * The edition as one book, for the formats that are not web pages (the PDF and the EPUB): the same
 * records the site shows, in reading order, as plain values with absolute addresses. The speaker's
 * words travel as runs of text, untouched; everything else is the editors'.
 */
export interface Book {
  /**
   * The speaker's words: title, date line and the source's footnote on the occasion; and the day of the
   * speech as the editors write dates ("20 April 2018"), for their own words about it.
   */
  speech: { title: string; speaker: string; dateLine: string; occasion: string; day: string };
  /** The edition's own name, "Enhance Cyber Capabilities: an annotated edition". */
  name: string;
  version: EditionVersion;
  /**
   * The site's home page, or undefined when the book is made without the site's public address (a preview
   * build, SITE_URL unset): then the book carries no link to the site and says so on its title page.
   */
  url: string | undefined;
  /** What the title page says in place of the site's address when the book is made without it. */
  withoutSite: string | undefined;
  /** The official English text: the web page this edition copies it from, and its notices. */
  officialText: { url: string; rightsNotice: string; copyright: string };
  /** What the title page says of the book (content/prose/book/). */
  titlePage: readonly ProseBlock[];
  /** "About this edition": the parts of the About page that the book prints too (content/prose/about/). */
  about: readonly ProseBlock[];
  introduction: { title: string; summary: string; blocks: readonly ProseBlock[]; notes: BookSourceNote[] };
  sections: BookSection[];
  glossary: { kind: string; entries: BookEntry[] }[];
  sources: {
    id: string;
    short: string;
    title: string;
    publisher: string;
    date: string | undefined;
    url: string | undefined;
  }[];
  /** The speech cited in each style that reads as a sentence, and one paragraph in Chicago. */
  citations: { style: string; text: string }[];
  paragraphCitation: string;
}

export interface BookSection {
  title: string;
  summary: string;
  url: string | undefined;
  paragraphs: BookParagraph[];
}

export interface BookParagraph {
  number: number;
  /** Its permanent address on the site (`…/speech/cybersecurity/#p4`), when the site's address is known. */
  url: string | undefined;
  /**
   * The speaker's words, split where a glossary note is attached (after a term's first use in the
   * paragraph). `firstInSpeech` marks the term's first note in the whole speech: a printed book gives the
   * entry there and only points to the glossary after, rather than repeating it paragraph after paragraph.
   */
  runs: ({ kind: 'words'; text: string } | { kind: 'note'; entry: BookEntry; firstInSpeech: boolean })[];
  commentary: { blocks: readonly ProseBlock[]; notes: BookSourceNote[] };
}

export interface BookEntry {
  id: string;
  term: string;
  kind: string;
  chinese: string | undefined;
  pinyin: string | undefined;
  definition: string;
  url: string | undefined;
  sources: { title: string; publisher: string; date: string | undefined; url: string | undefined }[];
}

/** A source note: the works it cites, by their short names. */
export interface BookSourceNote {
  number: number;
  works: { short: string; id: string }[];
}

export type { Inline, ProseBlock };

/**
 * The speaker's words of a paragraph, cut after each term that carries the paragraph's note on it.
 * `noted` holds the entries already noted earlier in the speech, and gains this paragraph's: the
 * paragraphs are taken in reading order, so a note is the term's first exactly when its entry is not in it.
 */
function speechRuns(
  paragraph: Paragraph,
  entry: (id: string) => BookEntry,
  noted: Set<string>,
): BookParagraph['runs'] {
  const runs: BookParagraph['runs'] = [];
  let cursor = 0;
  for (const use of paragraph.uses) {
    if (use.note === undefined) continue;
    const { id } = use.entry;
    runs.push({ kind: 'words', text: paragraph.text.slice(cursor, use.end) });
    runs.push({ kind: 'note', entry: entry(id), firstInSpeech: !noted.has(id) });
    noted.add(id);
    cursor = use.end;
  }
  runs.push({ kind: 'words', text: paragraph.text.slice(cursor) });
  return runs.filter((run) => run.kind === 'note' || run.text !== '');
}

const sourceNotes = (notes: readonly SourceNote[]): BookSourceNote[] =>
  notes.map((note) => ({
    number: note.number,
    works: note.sources.map((source) => ({ short: source.short, id: source.id })),
  }));

/**
 * Prose with every link absolute: a site path means nothing outside the site. Without the site's address,
 * a link to the site is left as its words.
 */
function withAbsoluteLinks(
  blocks: readonly ProseBlock[],
  url: (path: string) => string | undefined,
): ProseBlock[] {
  const absolute = (inlines: readonly Inline[]) =>
    inlines.map((run): Inline => {
      if (run.kind !== 'link') return run;
      const href = url(run.href);
      return href ? { ...run, href } : { kind: 'text', text: run.text, chinese: false, emphasis: false };
    });
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? { ...block, inlines: absolute(block.inlines) }
      : block.kind === 'list'
        ? { ...block, items: block.items.map(absolute) }
        : block,
  );
}

/** The book of an edition published at `site` (addresses are absolute when the site's address is known). */
export function bookOf(edition: Edition, site: URL | undefined): Book {
  // An address on the site: absolute, or none at all without the site's address (never a bare path).
  const url = (path: string) => (site ? permalink(path, site) : undefined);
  const { speech } = edition;
  const entries = new Map(
    edition.glossary.map((entry) => [
      entry.id,
      {
        id: entry.id,
        term: entry.term,
        kind: KIND_LABELS[entry.kind].one,
        chinese: entry.chinese,
        pinyin: entry.pinyin,
        definition: entry.definition,
        url: url(entry.href),
        sources: entry.sources.map((s) => ({
          title: s.title,
          publisher: s.publisher,
          date: s.date,
          url: s.url,
        })),
      } satisfies BookEntry,
    ]),
  );
  const entry = (id: string) => {
    const found = entries.get(id);
    if (!found) throw new Error(`No glossary entry "${id}".`);
    return found;
  };
  const cited = citedSpeech(speech, edition.version);
  const values = proseValues(edition, site);
  const { title, speaker, dateLine, occasion, date: day } = values.speech;
  // Citations name an address whatever happens: root-relative without the site's, as the site's own do.
  const speechUrl = permalink(paths.speech, site);
  const example = edition.paragraphs[0];
  // The entries noted so far in the speech, filled as its paragraphs are taken in reading order below.
  const noted = new Set<string>();
  return {
    speech: { title, speaker, dateLine, occasion, day },
    name: edition.masthead.title,
    version: edition.version,
    url: url(paths.home),
    withoutSite: site
      ? undefined
      : 'This copy was made without the site’s public address, so its links to the site are left out.',
    officialText: { url: speech.webPage.url, rightsNotice: speech.rightsNotice, copyright: speech.copyright },
    titlePage: withAbsoluteLinks(bookProse(edition.prose.book, values), url),
    about: withAbsoluteLinks(bookProse(edition.prose.about, values), url),
    introduction: {
      title: edition.introduction.title,
      summary: edition.introduction.summary,
      blocks: withAbsoluteLinks(edition.introduction.prose, url),
      notes: sourceNotes(edition.introduction.notes),
    },
    sections: edition.sections.map((section) => ({
      title: section.title,
      summary: section.summary,
      url: url(section.href),
      paragraphs: section.paragraphs.map((paragraph) => ({
        number: paragraph.number,
        url: url(paragraph.href),
        runs: speechRuns(paragraph, entry, noted),
        commentary: {
          blocks: withAbsoluteLinks(paragraph.commentary.prose, url),
          notes: sourceNotes(paragraph.commentary.notes),
        },
      })),
    })),
    glossary: edition.glossaryByKind.map((group) => ({
      kind: KIND_LABELS[group.kind].many,
      entries: group.entries.map((e) => entry(e.id)),
    })),
    sources: edition.sources.map((s) => ({
      id: s.id,
      short: s.short,
      title: s.title,
      publisher: s.publisher,
      date: s.dateLabel,
      url: s.url,
    })),
    citations: PROSE_CITATION_STYLES.map((style) => ({
      style: CITATION_STYLE_NAMES[style],
      text: formatCitation(style, cited, { url: speechUrl }),
    })),
    paragraphCitation: example
      ? formatCitation('chicago', cited, { url: permalink(example.href, site), paragraph: example.number })
      : '',
  };
}
