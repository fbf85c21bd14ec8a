import type { EditionContent } from '../../src/lib/model/content';
import {
  changeSchema,
  commentarySchema,
  eventSchema,
  glossaryEntrySchema,
  introductionSchema,
  lineageSchema,
  proseSchema,
  sectionSchema,
  sourceSchema,
  speechSchema,
  themeSchema,
} from '../../src/lib/schemas';
import { speechYaml } from './contentFixtures';

/**
 * A small edition for the model's unit tests, every record valid against its schema: two sections, three
 * paragraphs, three glossary entries, two themes, and the editors' context (three works, a two-part
 * introduction, a commentary per paragraph, three events, one lineage).
 */
const section = (id: string, frontmatter: Record<string, unknown>, body: string) => ({
  id,
  data: sectionSchema.parse({ summary: 'What the section covers.', ...frontmatter }),
  body,
});
export const entry = (id: string, term: string, extra: Record<string, unknown> = {}) =>
  glossaryEntrySchema.parse({
    id,
    term,
    kind: 'concept',
    definition: `A definition of ${term}, long enough.`,
    sources: [{ title: 'A source', publisher: 'A publisher' }],
    ...extra,
  });
export const theme = (id: string, related: string[] = []) =>
  themeSchema.parse({ id, name: `Theme ${id}`, description: `What the ${id} passages are about.`, related });
const work = (id: string, date?: string) =>
  sourceSchema.parse({ id, title: `The work ${id}`, publisher: 'A publisher', date });
export const event = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  eventSchema.parse({
    id,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    title: `The event ${id} happens`,
    kind: 'meeting',
    description: `What happened at the event ${id}.`,
    sources: ['report'],
    ...extra,
  });
export const commentary = (paragraph: number, body: string) => ({
  id: String(paragraph).padStart(2, '0'),
  data: commentarySchema.parse({ paragraph }),
  body,
});

export const fixture: EditionContent = {
  masthead: { name: 'Short name', subtitle: 'an annotated edition', timeline: { from: 2012, to: 2025 } },
  version: '0.2.0',
  changes: [
    changeSchema.parse({ version: '0.2.0', date: new Date('2026-12-02'), changes: ['The second version.'] }),
    changeSchema.parse({ version: '0.1.0', date: '2026-11-27', changes: ['The first version.'] }),
  ],
  speech: speechSchema.parse(speechYaml),
  prose: [
    {
      id: 'about/01-source',
      data: proseSchema.parse({ title: 'The source', anchor: 'source-heading', book: true }),
      body: 'The text is {props.speech.speaker}’s, as <WebPage /> gives it.\n\n<RightsNotice />\n',
    },
    { id: 'changes', data: proseSchema.parse({}), body: 'Every version reproduces the text.\n' },
  ],
  sections: [
    section(
      '02-security',
      { title: 'Security', order: 2, paragraphs: [3], passages: [{ at: '3', themes: ['security'] }] },
      '<Paragraph n={3}>\nCybersecurity matters. A cyberpower needs cybersecurity.\n</Paragraph>\n',
    ),
    section(
      '01-goals',
      {
        title: 'Goals',
        order: 1,
        paragraphs: [1, 2],
        passages: [
          { at: '1.1', themes: ['goals'] },
          { at: '1.2', themes: ['security'] },
          { at: '2', themes: ['goals'] },
        ],
      },
      '<Paragraph n={1}>\nBuild a cyberpower. Keep <Term id="cybersecurity">it safe</Term>.\n</Paragraph>\n\n' +
        '<Paragraph n={2}>\nThe Chinese Dream and a cyberpower.\n</Paragraph>\n',
    ),
  ],
  glossary: [
    entry('cyberpower', 'cyberpower', {
      renderings: [{ text: 'cyber superpower', usedBy: 'New America' }],
      chinese: '网络强国',
      pinyin: 'wǎngluò qiángguó',
      related: ['dream', 'cybersecurity'],
    }),
    entry('dream', 'Chinese Dream', { kind: 'event' }),
    entry('cybersecurity', 'cybersecurity'),
  ],
  themes: [theme('security', ['goals']), theme('goals')],
  sources: [work('report', '2018-04-21'), work('law', '2016-11'), work('book')],
  introduction: {
    data: introductionSchema.parse({
      title: 'Introduction',
      events: { 'The occasion': ['the-speech'] },
      summary: 'When the speech was given and what came before it.',
    }),
    body:
      '## The occasion\n\nA conference met.<SourceNote ids="report" /> It had a speech.<SourceNote ids="report book" />\n\n' +
      '## What came before\n\nA [law](/glossary/cybersecurity/) was adopted.<SourceNote ids="law" />\n',
    headingIds: ['the-occasion', 'what-came-before'],
  },
  commentary: [
    commentary(3, 'The paragraph restates a law.<SourceNote ids="law" />'),
    commentary(
      1,
      'The paragraph opens the speech.<SourceNote ids="report" />\n\nIt sets goals.<SourceNote ids="book" />',
    ),
    commentary(2, 'The paragraph names a dream.<SourceNote ids="report" />'),
  ],
  timeline: [
    event('the-speech', '2018-04-20', { kind: 'speech', speech: true, paragraphs: [1, 2, 3] }),
    event('law-adopted', '2016-11', {
      kind: 'law',
      sources: ['law'],
      entries: ['cybersecurity'],
      paragraphs: [3],
    }),
    event('dream-first-used', '2012', { entries: ['dream'], paragraphs: [2] }),
  ],
  lineage: [
    lineageSchema.parse({
      id: 'cyberpower',
      uses: [
        {
          date: '2014-02-27',
          precision: 'day',
          text: 'The goal of a cyberpower is first set.',
          sources: ['report'],
        },
        {
          date: '2018-04-20',
          precision: 'day',
          text: 'The speech speaks of a cyberpower strategy.',
          sources: ['book'],
        },
      ],
    }),
  ],
};
