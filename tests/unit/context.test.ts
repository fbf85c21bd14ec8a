import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { numberSourceNotes } from '../../src/build/markdown/numberSourceNotes';
import { sourceNotesOf } from '../../src/lib/context/sourceNotes';
import { essayParts, mdxPlainText } from '../../src/lib/context/mdxText';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { eventSchema, lineageSchema, sourceSchema } from '../../src/lib/schemas';
import { commentary, event, fixture } from '../support/editionFixture';

const edition = buildEdition(fixture);
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('the editors’ context in the edition model', () => {
  it('gives every paragraph its commentary, with numbered source notes whose ids are unique on a page and no way back (they stand under the text)', () => {
    const c1 = edition.paragraph(1).commentary;
    expect([c1.id, c1.href, c1.file, c1.text]).toEqual([
      'commentary-1',
      '/speech/goals/#commentary-1',
      'content/commentary/01.mdx',
      'The paragraph opens the speech.\nIt sets goals.',
    ]);
    expect(c1.notes.map((n) => [n.number, n.markId, n.id, ids(n.sources)])).toEqual([
      [1, undefined, 'commentary-1-note-1', ['report']],
      [2, undefined, 'commentary-1-note-2', ['book']],
    ]);
    expect(edition.commentary.map((c) => c.paragraph.number)).toEqual([1, 2, 3]);
  });

  it('orders the timeline by date, labels dates as precisely as they are known, and marks the speech', () => {
    expect(edition.timeline.events.map((e) => [e.id, e.dateLabel, e.href])).toEqual([
      ['dream-first-used', '2012', '/timeline/#event-dream-first-used'],
      ['law-adopted', 'November 2016', '/timeline/#event-law-adopted'],
      ['the-speech', '20 April 2018', '/timeline/#event-the-speech'],
    ]);
    expect(edition.timeline).toMatchObject({ from: 2012, to: 2025 });
    expect(edition.timeline.speech.id).toBe('the-speech');
  });

  it('gives paragraphs and glossary entries the events that bear on them, and entries their lineage', () => {
    expect(ids(edition.paragraph(3).events)).toEqual(['law-adopted', 'the-speech']);
    expect(ids(edition.entry('cybersecurity').events)).toEqual(['law-adopted']);
    expect(edition.entry('cybersecurity').lineage).toEqual([]);
    expect(edition.entry('cyberpower').lineage.map((use) => [use.dateLabel, ids(use.sources)])).toEqual([
      ['27 February 2014', ['report']],
      ['20 April 2018', ['book']],
    ]);
  });

  it('splits the introduction into its headed parts, each with its anchor and events', () => {
    const { parts, notes } = edition.introduction;
    expect(parts.map((part) => [part.id, part.title, ids(part.events)])).toEqual([
      ['the-occasion', 'The occasion', ['the-speech']],
      ['what-came-before', 'What came before', []],
    ]);
    expect(parts[1]?.text).toBe('A law was adopted.');
    expect(notes.map((n) => [n.id, n.markId, ids(n.sources)])).toEqual([
      ['introduction-note-1', 'introduction-mark-1', ['report']],
      ['introduction-note-2', 'introduction-mark-2', ['report', 'book']],
      ['introduction-note-3', 'introduction-mark-3', ['law']],
    ]);
  });

  it('lists the works in the bibliography’s order, by the short name the notes cite them by', () => {
    expect(edition.sources.map((s) => [s.short, s.id])).toEqual([
      ['A publisher', 'book'],
      ['A publisher 2016', 'law'],
      ['A publisher 2018', 'report'],
    ]);
  });

  it('places each work of the bibliography on the sources page, dated as precisely as it is', () => {
    expect(edition.source('law')).toMatchObject({ href: '/sources/#source-law', dateLabel: 'November 2016' });
    expect(edition.source('book').dateLabel).toBeUndefined();
    expect(() => edition.source('nowhere')).toThrow('The edition has no source "nowhere".');
    expect(() => edition.event('nowhere')).toThrow('The edition has no event "nowhere".');
  });
});

describe('source notes', () => {
  const body = 'A.<SourceNote ids="a" /> B.<SourceNote ids="b c" />\n\n<SourceNote ids="d" />\n';

  it('reads the works each note cites, in the order the notes stand', () => {
    expect(sourceNotesOf(body)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('are numbered where the MDX compiles by the same order, scoped to the paragraph commented on', async () => {
    // Astro hands the processor the frontmatter as `data.astro.frontmatter`, as here.
    const numbered = async (frontmatter: Record<string, unknown>) => {
      const data = {
        astro: {
          frontmatter,
          headings: [],
          localImagePaths: new Set<string>(),
          remoteImagePaths: new Set<string>(),
        },
      };
      const compiled = await mdxToJs(body, { mdastPlugins: [numberSourceNotes], data });
      return [...compiled.code.matchAll(/ids: "([^"]*)",\s*n: "(\d+)",\s*scope: "([^"]*)"/gu)].map((m) =>
        m.slice(1),
      );
    };
    expect(await numbered({ paragraph: 4 })).toEqual([
      ['a', '1', 'commentary-4'],
      ['b c', '2', 'commentary-4'],
      ['d', '3', 'commentary-4'],
    ]);
    expect((await numbered({ title: 'Introduction' })).map((m) => m[2])).toEqual([
      'introduction',
      'introduction',
      'introduction',
    ]);
  });

  it('are left out of the plain text that search and open data carry', () => {
    expect(mdxPlainText('One [link](/x/).<SourceNote ids="a" />\n\nTwo.')).toBe('One link.\nTwo.');
    expect(essayParts('## A\n\nx.<SourceNote ids="a" />\n\n## B\n\ny.')).toEqual([
      { title: 'A', text: 'x.', notes: 1 },
      { title: 'B', text: 'y.', notes: 0 },
    ]);
  });
});

const messages = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
const failure = (change: Partial<typeof fixture>) => () => buildEdition({ ...fixture, ...change });

describe('the context’s checks, each naming the file and the field', () => {
  it('fails on a paragraph without commentary', () => {
    expect(failure({ commentary: fixture.commentary.filter((c) => c.data.paragraph !== 2) })).toThrow(
      '¶2 has no commentary; add a file to content/commentary/ with "paragraph: 2".',
    );
  });

  it('fails on a commentary without a source note, or with a note that names none', () => {
    const unsourced = fixture.commentary.map((c) =>
      c.data.paragraph === 3 ? commentary(3, 'The paragraph restates a law.') : c,
    );
    expect(failure({ commentary: unsourced })).toThrow(
      'content/commentary/03.mdx cites no source; end each factual sentence with <SourceNote ids="…" />.',
    );
    const empty = fixture.commentary.map((c) =>
      c.data.paragraph === 3 ? commentary(3, 'A law.<SourceNote ids="" />') : c,
    );
    expect(failure({ commentary: empty })).toThrow(
      'content/commentary/03.mdx: source note 1 names no source (attribute "ids").',
    );
  });

  it('fails on an event without a source', () => {
    expect(messages(eventSchema.safeParse({ ...event('a-meeting', '2014'), sources: [] }))).toEqual([
      'sources: Give at least one source for every event (field "sources").',
    ]);
  });

  it('fails on an unknown source, glossary entry or paragraph', () => {
    const unknownSource = fixture.commentary.map((c) =>
      c.data.paragraph === 1 ? commentary(1, 'It opens.<SourceNote ids="report nowhere" />') : c,
    );
    expect(failure({ commentary: unknownSource })).toThrow(
      'content/commentary/01.mdx: source note 1 cites an unknown source "nowhere"; add it to content/sources.yaml or fix the id.',
    );
    const strayEvent = event('stray', '2014', { entries: ['nowhere'], paragraphs: [12] });
    const stray = failure({ timeline: [...fixture.timeline, strayEvent] });
    expect(stray).toThrow(
      'content/timeline.yaml: event "stray" names an unknown glossary entry "nowhere" (field "entries").',
    );
    expect(stray).toThrow(
      'content/timeline.yaml: event "stray" names paragraph 12, which does not exist (field "paragraphs"); the speech has paragraphs 1 to 3.',
    );
    expect(
      failure({ commentary: [...fixture.commentary, commentary(10, 'More.<SourceNote ids="book" />')] }),
    ).toThrow(
      'content/commentary/10.mdx: paragraph 10 does not exist (field "paragraph"); the speech has paragraphs 1 to 3.',
    );
    const lineage = [lineageSchema.parse({ ...fixture.lineage[0], id: 'nowhere' })];
    expect(failure({ lineage })).toThrow(
      'content/lineage.yaml: the lineage of "nowhere" names an unknown glossary entry (field "entry").',
    );
  });

  it('fails on a date that does not parse or does not exist, and on a precision the date does not have', () => {
    expect(messages(eventSchema.safeParse({ ...event('a-meeting', '2014'), date: 'February 2014' }))).toEqual(
      ['date: Write dates as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2014-02-27.'],
    );
    expect(
      messages(
        eventSchema.safeParse({ ...event('a-meeting', '2014'), date: '2014-02-30', precision: 'day' }),
      ),
    ).toEqual(['date: This date does not exist; check the month and day.']);
    expect(messages(eventSchema.safeParse({ ...event('a-meeting', '2014'), precision: 'day' }))).toEqual([
      'precision: The precision does not match the date: a day is YYYY-MM-DD, a month YYYY-MM, a year YYYY.',
    ]);
    expect(
      sourceSchema.safeParse({ id: 'w', title: 'A work', publisher: 'A publisher', date: '18 April' })
        .success,
    ).toBe(false);
  });

  it('fails on an event outside the timeline’s years', () => {
    expect(failure({ timeline: [...fixture.timeline, event('too-early', '2009-05')] })).toThrow(
      'content/timeline.yaml: event "too-early" is dated 2009-05, outside the timeline\'s years 2012 to 2025 (field "date"; the years are in content/masthead.yaml).',
    );
  });

  it('fails unless exactly one event is the speech', () => {
    expect(failure({ timeline: fixture.timeline.filter((e) => !e.speech) })).toThrow(
      'content/timeline.yaml: 0 events are marked "speech: true"; exactly one, this speech, must be.',
    );
  });

  it('fails on introduction events under a heading it does not have, and on a work cited nowhere', () => {
    const introduction = {
      ...fixture.introduction,
      data: { ...fixture.introduction.data, events: { 'The sequel': ['the-speech'] } },
    };
    expect(failure({ introduction })).toThrow(
      'content/introduction.mdx: "The sequel" is not one of its "##" headings (field "events").',
    );
    const uncited = sourceSchema.parse({ id: 'unread', title: 'A work', publisher: 'A publisher' });
    expect(failure({ sources: [...fixture.sources, uncited] })).toThrow(
      'content/sources.yaml: "unread" is cited nowhere; cite it or remove it.',
    );
  });

  it('fails on a lineage out of date order', () => {
    const [first] = fixture.lineage;
    const reversed = [{ id: 'cyberpower', uses: [...(first?.uses ?? [])].reverse() }];
    expect(failure({ lineage: reversed })).toThrow(
      'content/lineage.yaml: the lineage of "cyberpower" lists its uses out of date order (field "uses"); put the earliest first.',
    );
  });
});
