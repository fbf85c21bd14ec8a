import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/model/buildEdition';
import type { EditionContent } from '../../src/lib/model/content';
import { entry, fixture, theme } from '../support/editionFixture';

const edition = buildEdition(fixture);
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('the edition model', () => {
  it('orders sections, places each paragraph in its section, and links neighbours', () => {
    expect(edition.sections.map((s) => [s.slug, s.href, s.range, s.previous?.slug, s.next?.slug])).toEqual([
      ['goals', '/speech/goals/', '¶1–2', undefined, 'security'],
      ['security', '/speech/security/', '¶3', 'goals', undefined],
    ]);
    expect(edition.paragraphs.map((p) => [p.id, p.href, p.section.slug])).toEqual([
      ['p1', '/speech/goals/#p1', 'goals'],
      ['p2', '/speech/goals/#p2', 'goals'],
      ['p3', '/speech/security/#p3', 'security'],
    ]);
    expect(edition.section('goals').paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(edition.masthead.title).toBe('Short name: an annotated edition');
  });

  it('splits each paragraph into addressable sentences without changing its words', () => {
    const p1 = edition.paragraph(1);
    expect(p1.text).toBe('Build a cyberpower. Keep it safe.');
    expect(p1.sentences.map((s) => [s.id, s.text])).toEqual([
      ['p1-1', 'Build a cyberpower.'],
      ['p1-2', 'Keep it safe.'],
    ]);
  });

  it('gives each entry its uses in speech order, the first in each paragraph carrying a note', () => {
    expect(edition.entry('cyberpower').uses.map((o) => [o.paragraph.number, o.text, o.note])).toEqual([
      [1, 'cyberpower', 1],
      [2, 'cyberpower', 2],
      [3, 'cyberpower', 2],
    ]);
    expect(edition.entry('cybersecurity').uses.map((o) => [o.paragraph.number, o.text, o.note])).toEqual([
      [1, 'it safe', 2],
      [3, 'Cybersecurity', 1],
      [3, 'cybersecurity', undefined],
    ]);
  });

  it('gives each paragraph its entries (alphabetical), its themes and the other names search finds it by', () => {
    const p1 = edition.paragraph(1);
    expect(ids(p1.entries)).toEqual(['cyberpower', 'cybersecurity']);
    expect(ids(p1.themes)).toEqual(['goals', 'security']);
    expect(p1.alsoKnownAs).toEqual(['cyber superpower', '网络强国']);
    expect(edition.entry('dream').alsoKnownAs).toEqual([]);
  });

  it('gives each theme its passages, the entries used inside them, its related themes and its coverage', () => {
    const security = edition.theme('security');
    expect(security.passages.map((p) => [p.label, p.text])).toEqual([
      ['¶1, sentence 2', 'Keep it safe.'],
      ['¶3', 'Cybersecurity matters. A cyberpower needs cybersecurity.'],
    ]);
    expect(ids(security.entries)).toEqual(['cyberpower', 'cybersecurity']);
    expect(ids(security.related)).toEqual(['goals']);
    expect(security.coverage.map((c) => [c.paragraph.number, c.share])).toEqual([
      [1, 0.39],
      [2, 0],
      [3, 1],
    ]);
    expect(ids(edition.theme('goals').entries)).toEqual(['dream', 'cyberpower']);
  });

  it('gives each entry the themes it is used in and its related entries, alphabetical', () => {
    expect(ids(edition.entry('cybersecurity').themes)).toEqual(['security']);
    expect(ids(edition.entry('cyberpower').themes)).toEqual(['goals', 'security']);
    expect(edition.entry('cyberpower').related.map((e) => e.term)).toEqual([
      'Chinese Dream',
      'cybersecurity',
    ]);
  });

  it('relates sections by the themes and entries they share', () => {
    expect(
      edition
        .section('security')
        .related.map((r) => [r.section.slug, ids(r.sharedThemes), ids(r.sharedEntries)]),
    ).toEqual([['goals', ['security'], ['cyberpower', 'cybersecurity']]]);
    expect(ids(edition.section('goals').themes)).toEqual(['goals', 'security']);
  });

  it('lists the glossary alphabetically, by kind, and by use', () => {
    expect(edition.glossary.map((e) => e.term)).toEqual(['Chinese Dream', 'cyberpower', 'cybersecurity']);
    expect(edition.glossaryByKind.find((group) => group.kind === 'event')?.entries.map((e) => e.id)).toEqual([
      'dream',
    ]);
    expect(edition.entriesByUse.map((e) => [e.id, e.uses.length])).toEqual([
      ['cyberpower', 3],
      ['cybersecurity', 3],
      ['dream', 1],
    ]);
    expect(edition.words[0]).toMatchObject({ word: 'cyberpower', count: 3 });
  });

  it('finds records by id, and names what it cannot find', () => {
    expect(edition.paragraph(3).id).toBe('p3');
    expect(() => edition.paragraph(4)).toThrow('The edition has no paragraph "4".');
    expect(() => edition.entry('nowhere')).toThrow('The edition has no glossary entry "nowhere".');
    expect(() => edition.theme('nowhere')).toThrow('The edition has no theme "nowhere".');
    expect(() => edition.section('nowhere')).toThrow('The edition has no section "nowhere".');
  });
});

describe('the edition model’s checks', () => {
  it('derives the number of paragraphs from the sections, however many there are', () => {
    expect(edition.paragraphs).toHaveLength(3);
  });

  it('fails, naming the file, when a section’s frontmatter and body disagree on its paragraphs', () => {
    const [security, goals] = fixture.sections;
    const broken = {
      ...fixture,
      sections: [goals, { ...security, body: security?.body.replace('n={3}', 'n={4}') }],
    };
    expect(() => buildEdition(broken as EditionContent)).toThrow(
      'content/sections/02-security.mdx lists paragraphs [3] (field "paragraphs") but holds <Paragraph n> for [4].',
    );
  });

  it('fails when the glossary does not fit the speech', () => {
    const unused = { ...fixture, glossary: [...fixture.glossary, entry('unused', 'never said')] };
    expect(() => buildEdition(unused)).toThrow(
      'The glossary does not fit the speech:\ncontent/glossary.yaml: "unused" occurs nowhere in the speech',
    );
  });

  it('fails when a theme does not fit the speech', () => {
    const lonely = { ...fixture, themes: [...fixture.themes, theme('lonely')] };
    expect(() => buildEdition(lonely)).toThrow(
      'The themes do not fit the speech:\ncontent/themes.yaml: theme "lonely" gathers 0 paragraph(s)',
    );
  });
});
