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
  url: string;
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
  url: string;
  paragraphs: BookParagraph[];
}

export interface BookParagraph {
  number: number;
  /** Its permanent address on the site (`…/speech/cybersecurity/#p4`). */
  url: string;
  /** The speaker's words, split where a glossary note is attached (after a term's first use). */
  runs: ({ kind: 'words'; text: string } | { kind: 'note'; entry: BookEntry })[];
  commentary: { blocks: readonly ProseBlock[]; notes: BookSourceNote[] };
}

export interface BookEntry {
  id: string;
  term: string;
  kind: string;
  chinese: string | undefined;
  pinyin: string | undefined;
  definition: string;
  url: string;
  sources: { title: string; publisher: string; date: string | undefined; url: string | undefined }[];
}

/** A source note: the works it cites, by their short names. */
export interface BookSourceNote {
  number: number;
  works: { short: string; id: string }[];
}

export type { Inline, ProseBlock };

/** The speaker's words of a paragraph, cut after each term that carries the paragraph's note on it. */
function speechRuns(paragraph: Paragraph, entry: (id: string) => BookEntry): BookParagraph['runs'] {
  const runs: BookParagraph['runs'] = [];
  let cursor = 0;
  for (const use of paragraph.uses) {
    if (use.note === undefined) continue;
    runs.push({ kind: 'words', text: paragraph.text.slice(cursor, use.end) });
    runs.push({ kind: 'note', entry: entry(use.entry.id) });
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

/** Prose with every link absolute: a site path means nothing outside the site. */
function withAbsoluteLinks(blocks: readonly ProseBlock[], url: (path: string) => string): ProseBlock[] {
  const absolute = (inlines: readonly Inline[]) =>
    inlines.map((run) => (run.kind === 'link' ? { ...run, href: url(run.href) } : run));
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
  const url = (path: string) => permalink(path, site);
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
  const speechUrl = url(paths.speech);
  const example = edition.paragraphs[0];
  return {
    speech: { title, speaker, dateLine, occasion, day },
    name: edition.masthead.title,
    version: edition.version,
    url: url(paths.home),
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
        runs: speechRuns(paragraph, entry),
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
      ? formatCitation('chicago', cited, { url: url(example.href), paragraph: example.number })
      : '',
  };
}
