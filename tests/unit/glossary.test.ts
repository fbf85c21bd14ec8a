import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, listFileParser } from '../../src/lib/contentFiles';
import { glossaryProblems } from '../../src/lib/glossary/glossaryProblems';
import { findUses, notedOnPage, numberNotes } from '../../src/lib/glossary/uses';
import { keywordInContext } from '../../src/lib/speech/concordance';
import { glossaryEntrySchema, type GlossaryEntryData } from '../../src/lib/schemas';
import type { Segment } from '../../src/lib/speech/paragraphSegments';
import { createTermMatcher } from '../../src/lib/glossary/termMatcher';
import { readRepoFile } from '../support/paths';

const entry = (id: string, term: string, extra: Partial<GlossaryEntryData> = {}): GlossaryEntryData =>
  glossaryEntrySchema.parse({
    id,
    term,
    kind: 'concept',
    definition: `A definition of ${term} long enough.`,
    sources: [{ title: 'A source', publisher: 'A publisher' }],
    ...extra,
  });

const paragraphs = new Map<number, Segment[]>([
  [1, [{ text: 'Build China into a cyberpower. A cyberpower needs core technologies.' }]],
  [
    2,
    [
      { text: 'Follow the laws behind ' },
      { text: 'this integration', entryId: 'integration' },
      { text: '.' },
    ],
  ],
]);
const entries = [entry('cyberpower', 'cyberpower'), entry('integration', 'civil-military integration')];
const uses = findUses(paragraphs, createTermMatcher(entries));
const problemsWith = (list: GlossaryEntryData[], found = uses) =>
  glossaryProblems(list, paragraphs, found, 'content/glossary.yaml');

describe('findUses and numberNotes', () => {
  it('finds matched and author-tied uses in speech order, and gives each entry one note per paragraph', () => {
    expect(numberNotes(uses)).toEqual([
      { entryId: 'cyberpower', paragraph: 1, start: 19, end: 29, text: 'cyberpower', note: 1 },
      { entryId: 'cyberpower', paragraph: 1, start: 33, end: 43, text: 'cyberpower', note: undefined },
      { entryId: 'integration', paragraph: 2, start: 23, end: 39, text: 'this integration', note: 1 },
    ]);
  });
});

describe('notedOnPage', () => {
  const use = (id: string, note: number | undefined) => ({ entry: { id }, note });
  const first = { number: 1, uses: [use('cyberpower', 1), use('cyberpower', undefined), use('dream', 2)] };
  const second = { number: 2, uses: [use('cyberpower', 1), use('era', 2)] };

  it('notes an entry once on a page that shows several paragraphs, keeping each note its number', () => {
    expect(notedOnPage(second, [first, second])).toEqual([use('cyberpower', undefined), use('era', 2)]);
    expect(notedOnPage(first, [first, second])).toEqual(first.uses);
  });

  it('notes every entry of a paragraph shown without the ones before it', () => {
    expect(notedOnPage(second, [second])).toEqual(second.uses);
  });
});

describe('keywordInContext', () => {
  it('shows the words around a use, cut at word breaks', () => {
    const text = paragraphs.get(1)?.[0]?.text ?? '';
    const [first] = uses;
    expect(first && keywordInContext(text, first, 12)).toEqual({
      before: '…into a ',
      match: 'cyberpower',
      after: '. A…',
    });
  });
});

describe('glossaryProblems', () => {
  it('accepts a glossary that fits the speech', () => {
    expect(problemsWith(entries)).toEqual([]);
  });

  it('names both entries when two share an alias', () => {
    const clash = [
      ...entries.slice(0, 1),
      entry('integration', 'civil-military integration', { aliases: ['Cyberpower'] }),
    ];
    expect(problemsWith(clash)).toContain(
      'content/glossary.yaml: "integration" and "cyberpower" share the phrase "cyberpower" (fields "term", "aliases", "renderings").',
    );
  });

  it('fails when the speech links to an unknown entry', () => {
    expect(problemsWith(entries.slice(0, 1))).toContain(
      '¶2: <Term id="integration"> links to an unknown glossary entry. Known entries: cyberpower.',
    );
  });

  it('fails when an entry occurs nowhere in the speech', () => {
    expect(problemsWith([...entries, entry('dream', 'Chinese Dream')])).toEqual([
      'content/glossary.yaml: "dream" occurs nowhere in the speech; check its "term" and "aliases".',
    ]);
  });

  it('fails on an unknown related entry and on a paragraph without annotations', () => {
    const withRelated = [
      entry('cyberpower', 'cyberpower', { related: ['nowhere'] }),
      entries[1] as GlossaryEntryData,
    ];
    expect(problemsWith(withRelated, uses.slice(0, 2))).toEqual([
      'content/glossary.yaml: "cyberpower" lists an unknown related entry "nowhere" (field "related").',
      'content/glossary.yaml: "integration" occurs nowhere in the speech; check its "term" and "aliases".',
      '¶2 carries no annotation; every paragraph needs at least one glossary term.',
    ]);
  });
});

const parseGlossaryFile = listFileParser(CONTENT_FILES.glossary);

describe('the glossary file', () => {
  it('fails when two entries share an id', () => {
    expect(() => parseGlossaryFile(readRepoFile('tests/fixtures/glossary-duplicate-id.yaml'))).toThrow(
      'content/glossary.yaml: two entries share the id "cyberpower" (field "id").',
    );
  });

  it('fails, naming the field, when an entry lacks a source', () => {
    const [bad] = parseGlossaryFile(readRepoFile('tests/fixtures/glossary-no-source.yaml'));
    const result = glossaryEntrySchema.safeParse(bad);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['sources', 'Give at least one source for every glossary entry (field "sources").'],
    ]);
  });

  it('requires Chinese and pinyin together', () => {
    const result = glossaryEntrySchema.safeParse({ ...entries[0], chinese: '网络强国' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Give "chinese" and "pinyin" together, or neither.',
    ]);
  });
});
