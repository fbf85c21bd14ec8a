import { paths, withFragment } from '../contract';
import type { Edition } from '../model/types';

/**
 * Where the build writes the records for the search-index step, which reads and removes it: not
 * published, so not among the contract's paths (src/pages/search-records.json.ts).
 */
export const CONTEXT_RECORDS_FILE = 'search-records.json';

/**
 * A record that search indexes besides the pages: a part of the introduction, a paragraph's commentary
 * or a timeline event, found as the kind "Context" and landing on its own heading, commentary or event.
 * In Pagefind's custom-record shape (build/afterBuild/searchIndex.ts adds them to the index).
 */
export interface ContextRecord {
  url: string;
  content: string;
  language: 'en';
  /** `place` and `title` name the hit in the results ("Commentary: ¶4, Cybersecurity"). */
  meta: { title: string; place: string; kind: 'Context' };
  filters: { kind: ['Context']; theme: string[] };
}

const record = (
  url: string,
  place: string,
  title: string,
  content: string,
  themes: string[] = [],
): ContextRecord => ({
  url,
  content: `${title}. ${content}`,
  language: 'en',
  meta: { title, place, kind: 'Context' },
  filters: { kind: ['Context'], theme: themes },
});

/** Every record of the editors' context for the search index, in the order of the edition. */
export function contextRecords(edition: Edition): ContextRecord[] {
  const { introduction, commentary, timeline } = edition;
  return [
    ...introduction.parts.map((part) =>
      record(withFragment(paths.introduction, part.id), 'Introduction', part.title, part.text),
    ),
    ...commentary.map((c) =>
      record(
        c.href,
        'Commentary',
        `¶${c.paragraph.number}, ${c.paragraph.section.title}`,
        c.text,
        c.paragraph.themes.map((theme) => theme.name),
      ),
    ),
    ...timeline.events.map((e) => record(e.href, 'Timeline', `${e.dateLabel}, ${e.title}`, e.description)),
  ];
}
