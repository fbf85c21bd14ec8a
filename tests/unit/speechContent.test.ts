import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compareWithReference, formatProblems } from '../support/fidelity';
import { sectionSchema, speechSchema } from '../../src/lib/schemas';
import { paragraphsFromMdx } from '../support/speakerWords';
import { readRepoFile, reference } from '../support/paths';

const sectionFiles = readdirSync('content/sections')
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const readSection = (name: string) => readRepoFile(`content/sections/${name}`);
const frontmatterOf = (source: string) => sectionSchema.parse(parseYaml(source.split('---')[1] ?? ''));

/** Every paragraph the MDX files hold, checked against the reference; the problems as text, one per line. */
function mdxFidelityReport(read: (name: string) => string): string {
  const words = new Map<number, string>();
  const homes = new Map<number, string>();
  for (const name of sectionFiles) {
    for (const [paragraph, text] of paragraphsFromMdx(read(name))) {
      words.set(paragraph, text);
      homes.set(paragraph, `content/sections/${name}`);
    }
  }
  return formatProblems(compareWithReference(reference.paragraphs, words), (n) => homes.get(n) ?? 'no file');
}

describe('the speech as MDX', () => {
  it('holds each of the nine paragraphs once, in order, as the frontmatter lists them', () => {
    const perFile = sectionFiles.map((name) => [...paragraphsFromMdx(readSection(name)).keys()]);
    expect(perFile).toEqual(sectionFiles.map((name) => frontmatterOf(readSection(name)).paragraphs));
    expect(perFile.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reproduces every paragraph of the official text word for word', () => {
    expect(mdxFidelityReport(readSection)).toBe('');
  });

  it('fails, naming the paragraph and the words, when one word in a copy is changed', () => {
    const corrupt = (name: string) =>
      name === '04-core-technologies.mdx'
        ? readSection(name).replace('treasures of a nation', 'treasure of a nation')
        : readSection(name);
    expect(mdxFidelityReport(corrupt)).toBe(
      '¶5 (content/sections/04-core-technologies.mdx): first difference at word 5: ' +
        'expected "treasures of a nation. We need" but found "treasure of a nation. We need"',
    );
  });
});

describe('the speech metadata', () => {
  const speech = speechSchema.parse(
    (parseYaml(readRepoFile('content/speech.yaml')) as { speech: unknown }).speech,
  );

  it('copies the title, date line, occasion, byline, rights notice and copyright verbatim', () => {
    expect({
      title: speech.title,
      dateLine: speech.dateLine,
      occasion: speech.occasion,
      byline: speech.webPage.byline,
      rightsNotice: speech.rightsNotice,
      copyright: speech.copyright,
    }).toEqual({
      title: reference.title,
      dateLine: reference.dateLine,
      occasion: reference.occasion,
      byline: reference.byline,
      rightsNotice: reference.rightsNotice,
      copyright: reference.copyright,
    });
  });
});

describe('what the editors say the speech says', () => {
  const glossary = parseYaml(readRepoFile('content/glossary.yaml')) as { id: string; note?: string }[];
  const quotes = (text: string) => [...text.matchAll(/"([^"]+)"/gu)].map((m) => m[1] ?? '');

  it('says of the path of cyberspace governance what ¶2 says: the leadership decision was proved, not the path', () => {
    const note = glossary.find((entry) => entry.id === 'path-of-cyberspace-governance')?.note ?? '';
    const second = reference.paragraphs[1] ?? '';
    expect(quotes(note)).toEqual(
      expect.arrayContaining(['constant innovation in theory and practice', 'absolutely correct']),
    );
    for (const quote of quotes(note).slice(0, 2)) expect(second.toLowerCase()).toContain(quote.toLowerCase());
    expect(note).not.toMatch(/proof that this approach/u);
  });
});
