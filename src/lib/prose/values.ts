import { paths, permalink } from '../contract';
import type { Edition } from '../model/types';
import { GLOSSARY_CSV_HEADER, SPEECH_CSV_HEADER } from '../openData/csv';
import { paragraphRange } from '../speech/sections';
import { isoDate, longDate, partialDateLabel } from '../text/dates';
import { countInWords } from '../text/numbers';

/**
 * The values the editors' prose names (content/prose/), as `{props.speech.speaker}`: what the edition
 * computes from content/ (its version, counts, addresses), so that no prose repeats a fact that can
 * change. The same values reach the page (`<Content {...values}>`) and the book (bookProse.ts).
 * Addresses are absolute when the site's public address is known.
 */
export function proseValues(edition: Edition, site: URL | undefined) {
  const { speech, version, paragraphs, sections, timeline } = edition;
  // The paragraph the prose shows addresses with: ¶4, the cybersecurity paragraph, when there is one.
  const example = paragraphs.find((p) => p.number === 4) ?? paragraphs[0];
  if (!example) throw new Error('The edition has no paragraph to give as an example.');
  const numbers = paragraphs.map((p) => p.number);
  return {
    speech: {
      title: speech.title,
      speaker: speech.speaker,
      dateLine: speech.dateLine,
      /** The day of the speech as the edition writes dates ("20 April 2018"); the date line is the source's. */
      date: longDate(speech.date),
      occasion: speech.occasion,
      book: speech.book.title,
      publisher: speech.book.publisher,
      published: partialDateLabel(isoDate(speech.book.published)),
      webPageName: speech.webPage.name,
      webPageUrl: speech.webPage.url,
      byline: speech.webPage.byline,
      rightsNotice: speech.rightsNotice,
      copyright: speech.copyright,
    },
    version: {
      number: version.number,
      date: version.date,
      dateLabel: version.dateLabel,
      citedAs: version.citedAs,
    },
    counts: {
      paragraphs: paragraphs.length,
      paragraphsInWords: countInWords(paragraphs.length),
      paragraphRange: paragraphRange(numbers, 'prose'),
      sections: sections.length,
      events: timeline.events.length,
      timelineFrom: timeline.from,
      timelineTo: timeline.to,
    },
    example: {
      number: example.number,
      href: example.href,
      url: permalink(example.href, site),
      /** The third sentence, or the last of a shorter paragraph. */
      sentenceId: (example.sentences[2] ?? example.sentences.at(-1))?.id ?? example.id,
      speechRis: paths.ris(),
      paragraphRis: paths.ris(example.number),
    },
    site: {
      home: permalink(paths.home, site),
      speechCsv: permalink(paths.speechCsv, site),
      glossaryCsv: permalink(paths.glossaryCsv, site),
    },
    files: {
      pdf: paths.pdf,
      epub: paths.epub,
      speechJson: paths.speechJson,
      speechSchema: paths.speechSchema,
      annotations: paths.annotations,
      timelineJson: paths.timelineJson,
      timelineSchema: paths.timelineSchema,
      speechCsv: paths.speechCsv,
      glossaryCsv: paths.glossaryCsv,
      speechText: paths.speechText,
      speechRis: paths.ris(),
      firstParagraphRis: paths.ris(numbers[0]),
      lastParagraphRis: paths.ris(numbers.at(-1)),
    },
    csv: {
      speechColumns: SPEECH_CSV_HEADER.join(', '),
      glossaryColumns: GLOSSARY_CSV_HEADER.join(', '),
    },
  };
}

export type ProseValues = ReturnType<typeof proseValues>;

/** Names the renderer itself asks an object for (Astro's `$$slot`, a promise's `then`): never a value's. */
const PROBED = /^(\$|_|then$|toJSON$|constructor$)/u;

/**
 * Values as prose reads them: a name that is not there fails the build, naming the file and the name,
 * where MDX would print nothing.
 */
export function strictValues<T extends object>(values: T, file: string, path = 'props'): T {
  return new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key in target || PROBED.test(key)) {
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'object' && value !== null
          ? strictValues(value, file, `${path}.${String(key)}`)
          : value;
      }
      throw new Error(
        `${file}: {${path}.${key}} names no value; ${path} has ${Object.keys(target).join(', ')} (lib/prose/values.ts).`,
      );
    },
  });
}
