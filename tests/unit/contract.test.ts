import { describe, expect, it } from 'vitest';
import {
  ALSO_KNOWN_AS,
  attributes,
  citedParagraph,
  noteId,
  noteMarkId,
  paragraphId,
  parseNoteId,
  parseParagraphId,
  parseSentenceId,
  paths,
  permalink,
  sentenceId,
  wordAnchorId,
} from '../../src/lib/contract';

describe('the URL and markup contract', () => {
  it('writes the public addresses the URL list holds', () => {
    expect([
      paths.section('cybersecurity'),
      paths.entry('cyberpower'),
      paths.theme('digital-economy'),
      paths.ris(),
      paths.ris(4),
      paths.previewImage('edition'),
    ]).toEqual([
      '/speech/cybersecurity/',
      '/glossary/cyberpower/',
      '/themes/digital-economy/',
      '/cite/speech.ris',
      '/cite/p4.ris',
      '/og/edition.png',
    ]);
    expect(permalink('/speech/', new URL('https://example.org/edition/'))).toBe(
      'https://example.org/speech/',
    );
    expect(permalink('/speech/', undefined)).toBe('/speech/');
  });

  it('reads back every id it writes, and nothing else', () => {
    expect(parseParagraphId(paragraphId(4))).toBe(4);
    expect(parseSentenceId(sentenceId(4, 3))).toEqual({ paragraph: 4, sentence: 3 });
    expect(parseNoteId(noteId(4, 2))).toEqual({ paragraph: 4, note: 2 });
    expect(parseNoteId(noteMarkId(4, 2))).toEqual({ paragraph: 4, note: 2 });
    expect([parseParagraphId('p4-3'), parseParagraphId('section-title'), parseSentenceId('p4')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(wordAnchorId('IT')).toBe('word-it');
  });

  it('writes the data attributes scripts read, and reads them back', () => {
    expect(attributes.cite()).toEqual({ 'data-cite': '' });
    expect(attributes.cite(4)).toEqual({ 'data-cite': '4' });
    const carrying = (written: Record<string, string>) =>
      ({ getAttribute: (name: string) => written[name] ?? null }) as unknown as Element;
    expect(citedParagraph(carrying(attributes.cite(4)))).toBe(4);
    expect(citedParagraph(carrying(attributes.cite()))).toBeUndefined();
    expect(attributes.searchNames(['informatization', '信息化'])).toEqual({
      'data-search-terms': `${ALSO_KNOWN_AS} informatization; 信息化`,
      'data-pagefind-index-attrs': 'data-search-terms',
    });
  });
});
