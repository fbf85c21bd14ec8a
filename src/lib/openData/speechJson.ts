import { paths, permalink } from '../contract';
import type { Edition } from '../model/types';
import { isoDate } from '../text/dates';
import type { OpenData } from './schema';

/** The whole edition as data, for `/speech.json`: every address absolute to `site`. */
export function speechJson(edition: Edition, site: URL | undefined): OpenData {
  const url = (path: string) => permalink(path, site);
  const { speech } = edition;
  return {
    metadata: {
      title: speech.title,
      speaker: speech.speaker,
      date: isoDate(speech.date),
      dateLine: speech.dateLine,
      occasion: speech.occasion,
      conference: speech.conference,
      book: {
        title: speech.book.title,
        publisher: speech.book.publisher,
        published: isoDate(speech.book.published),
      },
      source: {
        name: speech.webPage.name,
        url: speech.webPage.url,
        byline: speech.webPage.byline,
        updated: isoDate(speech.webPage.updated),
      },
      rightsNotice: speech.rightsNotice,
      copyright: speech.copyright,
    },
    edition: {
      url: url(paths.home),
      version: edition.version.number,
      date: edition.version.date,
      citedAs: edition.version.citedAs,
      changes: url(paths.changes),
      note: 'Paragraph and sentence texts are the speaker’s words, verbatim. Section titles and summaries, glossary entries and themes are the editors’ own.',
    },
    sections: edition.sections.map((s) => ({
      id: s.slug,
      order: s.order,
      title: s.title,
      summary: s.summary,
      url: url(s.href),
      paragraphs: s.paragraphs.map((p) => p.number),
    })),
    paragraphs: edition.paragraphs.map((p) => ({
      number: p.number,
      id: p.id,
      url: url(p.href),
      section: p.section.slug,
      text: p.text,
      themes: p.themes.map((theme) => theme.id),
      sentences: p.sentences.map((s) => ({ id: s.id, number: s.number, text: s.text })),
    })),
    glossary: edition.glossary.map((entry) => ({
      id: entry.id,
      url: url(entry.href),
      term: entry.term,
      aliases: entry.aliases,
      renderings: entry.renderings,
      chinese: entry.chinese ?? null,
      pinyin: entry.pinyin ?? null,
      kind: entry.kind,
      definition: entry.definition,
      note: entry.note ?? null,
      sources: entry.sources.map((s) => ({
        title: s.title,
        publisher: s.publisher,
        date: s.date ?? null,
        url: s.url ?? null,
      })),
      related: entry.related.map((other) => other.id),
      themes: entry.themes.map((theme) => theme.id),
      // The published field keeps the name it has always had.
      occurrences: entry.uses.map((o) => ({
        paragraph: o.paragraph.number,
        start: o.start,
        end: o.end,
        text: o.text,
      })),
    })),
    themes: edition.themes.map((theme) => ({
      id: theme.id,
      url: url(theme.href),
      name: theme.name,
      description: theme.description,
      related: theme.related.map((other) => other.id),
      passages: theme.passages.map((p) => ({
        paragraph: p.paragraph.number,
        sentences: p.sentences ?? null,
        text: p.text,
      })),
    })),
  };
}
