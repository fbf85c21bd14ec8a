import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_CSV_HEADER, SPEECH_CSV_HEADER } from '../../src/lib/openData/csv';
import { distDir } from '../support/builtSite';
import { compareWithReference } from '../support/fidelity';
import { reference } from '../support/paths';
import { normalizeWhitespace } from '../support/text';

const built = (path: string) => readFileSync(join(distDir, path), 'utf8');
const speechCsv = built('speech.csv');
const glossaryCsv = built('glossary.csv');
const json = JSON.parse(built('speech.json')) as {
  paragraphs: { number: number; sentences: { id: string; text: string }[] }[];
  glossary: { id: string; term: string; chinese: string | null; pinyin: string | null; definition: string }[];
};

/** Rows as a CSV library reads them back, strictly: RFC 4180 quoting, the same number of fields in every row. */
const rows = (text: string) =>
  parse(text, { columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];

/** The paragraphs the sentences of a spreadsheet make up, for the fidelity comparison. */
function paragraphsOf(text: string): Map<number, string> {
  const paragraphs = new Map<number, string[]>();
  for (const row of rows(text)) {
    const number = Number(row['paragraph']);
    paragraphs.set(number, [...(paragraphs.get(number) ?? []), row['text'] ?? '']);
  }
  return new Map(
    [...paragraphs].map(([number, sentences]) => [number, normalizeWhitespace(sentences.join(' '))]),
  );
}

describe('/speech.csv', () => {
  it('is RFC 4180: a header row, every field quoted, CRLF line ends', () => {
    expect(speechCsv.split('\r\n')[0]).toBe(SPEECH_CSV_HEADER.map((name) => `"${name}"`).join(','));
    expect(speechCsv.endsWith('\r\n')).toBe(true);
    expect(speechCsv.replaceAll('\r\n', '')).not.toMatch(/\n/u);
  });

  it('holds every sentence, in order, each the speaker’s words verbatim, at its own address', () => {
    const sentences = rows(speechCsv);
    const expected = json.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((row) => row['sentence_id'])).toEqual(expected.map((s) => s.id));
    expect(sentences.map((row) => row['text'])).toEqual(expected.map((s) => s.text));
    for (const row of sentences)
      expect(row['url']).toMatch(
        new RegExp(`/speech/${row['section'] ?? ''}/#${row['sentence_id'] ?? ''}$`, 'u'),
      );
    expect(sentences.find((row) => row['sentence_id'] === 'p4-1')?.['glossary_ids']).toBe(
      'national-security',
    );
    expect(sentences.find((row) => row['sentence_id'] === 'p4-1')?.['themes']).toContain('cybersecurity');
  });

  it('reassembles into the nine paragraphs of the official text, word for word', () => {
    expect(compareWithReference(reference.paragraphs, paragraphsOf(speechCsv))).toEqual([]);
  });

  it('fails the comparison when a word is changed or a quotation mark is mis-escaped', () => {
    const changed = speechCsv.replace('Without cybersecurity', 'Without security');
    expect(compareWithReference(reference.paragraphs, paragraphsOf(changed))).toHaveLength(1);
    expect(() => rows(speechCsv.replace('"p4-1"', '"p4"-1"'))).toThrow();
  });
});

describe('/glossary.csv', () => {
  it('holds every entry with its Chinese, pinyin, kind, definition and sources, read back as written', () => {
    expect(glossaryCsv.split('\r\n')[0]).toBe(GLOSSARY_CSV_HEADER.map((name) => `"${name}"`).join(','));
    const entries = rows(glossaryCsv);
    expect(entries.map((row) => row['id'])).toEqual(json.glossary.map((entry) => entry.id));
    for (const [i, entry] of json.glossary.entries()) {
      const row = entries[i];
      expect(row?.['term']).toBe(entry.term);
      expect(row?.['chinese']).toBe(entry.chinese ?? '');
      expect(row?.['pinyin']).toBe(entry.pinyin ?? '');
      expect(row?.['definition']).toBe(entry.definition);
      expect(row?.['sources']).not.toBe('');
    }
    expect(entries.find((row) => row['id'] === 'cyberpower')?.['chinese']).toBe('网络强国');
  });
});
