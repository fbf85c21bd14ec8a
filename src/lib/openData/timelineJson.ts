import { paths, permalink } from '../contract';
import type { Edition } from '../model/types';
import type { TimelineData } from './timelineSchema';
import { longDate } from '../text/dates';

/** The timeline as data, for `/timeline.json`: every address absolute to `site`. */
export function timelineJson(edition: Edition, site: URL | undefined): TimelineData {
  const url = (path: string) => permalink(path, site);
  const { timeline, speech } = edition;
  return {
    title: `Timeline, ${timeline.from} to ${timeline.to}: events around “${speech.title}” (${speech.speaker}, ${longDate(speech.date)})`,
    note: 'Titles and descriptions are the editors’ own, each event with the works it rests on.',
    from: timeline.from,
    to: timeline.to,
    url: url(paths.timeline),
    speech: timeline.speech.id,
    events: timeline.events.map((event) => ({
      id: event.id,
      url: url(event.href),
      date: event.date,
      precision: event.precision,
      title: event.title,
      kind: event.kind,
      description: event.description,
      paragraphs: event.paragraphs.map((p) => ({ number: p.number, url: url(p.href) })),
      glossary: event.entries.map((e) => ({ id: e.id, term: e.term, url: url(e.href) })),
      sources: event.sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        date: s.date ?? null,
        url: s.url ?? null,
      })),
    })),
  };
}
