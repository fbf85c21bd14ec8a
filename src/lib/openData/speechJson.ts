import {
  glossary,
  glossaryHref,
  occurrences,
  paragraphText,
  passages,
  sections,
  speech,
  themeHref,
  themes,
  themesOfEntry,
} from '../edition';
import { webAnnotation, type OpenData } from './schema';
import { permalink } from '../permalink';
import { paragraphHref, sectionOfParagraph } from '../speech/sections';
import { sentenceId } from '../speech/sentenceMarkup';
import { sentenceSpans } from '../speech/sentences';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The whole edition as data, for `/speech.json`: every address absolute to `site`. */
export function editionData(site: URL | undefined): OpenData {
  const url = (path: string) => permalink(path, site);
  return {
    metadata: {
      title: speech.title,
      speaker: speech.speaker,
      date: day(speech.date),
      dateLine: speech.dateLine,
      occasion: speech.occasion,
      conference: speech.conference,
      book: {
        title: speech.book.title,
        publisher: speech.book.publisher,
        published: day(speech.book.published),
      },
      source: {
        name: speech.source.name,
        url: speech.source.url,
        byline: speech.source.byline,
        updated: day(speech.source.updated),
      },
      rightsNotice: speech.rightsNotice,
      copyright: speech.copyright,
    },
    edition: {
      url: url('/'),
      note: 'Paragraph and sentence texts are the speaker’s words, verbatim. Section titles and summaries, glossary entries and themes are the editors’ own.',
    },
    sections: sections.map((s) => ({
      id: s.slug,
      order: s.order,
      title: s.title,
      summary: s.summary,
      url: url(s.href),
      paragraphs: s.paragraphs,
    })),
    paragraphs: [...paragraphText].map(([number, text]) => ({
      number,
      id: `p${number}`,
      url: url(paragraphHref(sections, number)),
      section: sectionOfParagraph(sections, number).slug,
      text,
      themes: [...new Set(passages.filter((p) => p.paragraph === number).map((p) => p.themeId))],
      sentences: sentenceSpans(text).map((span, i) => ({
        id: sentenceId(number, i + 1),
        number: i + 1,
        text: text.slice(span.start, span.end),
      })),
    })),
    glossary: glossary.map((entry) => ({
      id: entry.id,
      url: url(glossaryHref(entry.id)),
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
      related: entry.related,
      themes: themesOfEntry(entry.id).map((theme) => theme.id),
      occurrences: occurrences
        .filter((o) => o.entryId === entry.id)
        .map((o) => ({ paragraph: o.paragraph, start: o.start, end: o.end, text: o.text })),
    })),
    themes: themes.map((theme) => ({
      id: theme.id,
      url: url(themeHref(theme.id)),
      name: theme.name,
      description: theme.description,
      related: theme.related,
      passages: passages
        .filter((p) => p.themeId === theme.id)
        .map((p) => ({ paragraph: p.paragraph, sentences: p.sentences ?? null, text: p.text })),
    })),
  };
}

/** Every use of a glossary term as a W3C Web Annotation collection, for `/annotations.jsonld`. */
export function annotationCollection(site: URL | undefined) {
  const url = (path: string) => permalink(path, site);
  const definitions = new Map(glossary.map((entry) => [entry.id, entry.definition]));
  const items = occurrences.map((o, i) =>
    webAnnotation({
      id: `${url('/annotations.jsonld')}#${o.entryId}-${i + 1}`,
      paragraphText: paragraphText.get(o.paragraph) ?? '',
      start: o.start,
      end: o.end,
      source: url(paragraphHref(sections, o.paragraph).replace(/#.*$/u, '')),
      fragment: `p${o.paragraph}`,
      definition: definitions.get(o.entryId) ?? '',
      glossaryUrl: url(glossaryHref(o.entryId)),
    }),
  );
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: url('/annotations.jsonld'),
    type: 'AnnotationCollection',
    label: `Glossary notes on “${speech.title}” (${speech.speaker}, ${speech.dateLine})`,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
