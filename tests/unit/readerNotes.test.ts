import { describe, expect, it } from 'vitest';
import { locateQuote, quoteAt } from '../../src/lib/readerNotes/anchor';
import { notesMarkdown } from '../../src/lib/readerNotes/markdown';
import { inSpeechOrder, isNoteList, type ReaderNote } from '../../src/lib/readerNotes/note';
import { notesCollection, readAnnotations } from '../../src/lib/readerNotes/webAnnotations';
import { previewTarget } from '../../src/lib/referencePreviews/previewData';
import { webAnnotationSchema } from '../support/webAnnotationSchema';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { annotationCollection } from '../../src/lib/openData/annotations';
import { fixture } from '../support/editionFixture';

const text = 'We need to build a sound understanding. We need to build a strong team.';

const note = (sentence: string, created: string, exact = 'need to build'): ReaderNote => ({
  id: `urn:uuid:${sentence}-${created}`,
  text: `A note on ${sentence}.`,
  quote: quoteAt(text, text.indexOf(exact), text.indexOf(exact) + exact.length),
  sentence,
  page: '/speech/cybersecurity/',
  created,
  modified: created,
});

describe('anchoring a note to the speaker’s words', () => {
  it('keeps the words with a little of what stands before and after them', () => {
    expect(quoteAt(text, 3, 16)).toEqual({
      exact: 'need to build',
      prefix: 'We ',
      suffix: ' a sound understanding. We need ',
    });
  });

  it('finds words that occur twice by their context', () => {
    const second = text.lastIndexOf('need to build');
    const quote = quoteAt(text, second, second + 'need to build'.length);
    expect(locateQuote(text, quote)).toEqual({ start: second, end: second + 13 });
    expect(locateQuote(text, quoteAt(text, 3, 16))).toEqual({ start: 3, end: 16 });
  });

  it('finds words whose context changed, and nothing for words the text does not hold', () => {
    expect(locateQuote(text, { exact: 'a strong team', prefix: 'something else ', suffix: '' })).toEqual({
      start: text.indexOf('a strong team'),
      end: text.indexOf('a strong team') + 13,
    });
    expect(locateQuote(text, { exact: 'a weak team', prefix: '', suffix: '' })).toBeUndefined();
  });
});

describe('a reader’s notes', () => {
  it('come in the order of the speech: paragraph, sentence, then when they were written', () => {
    const notes = [
      note('p9-1', '2026-01-01'),
      note('p4-3', '2026-01-03'),
      note('p4-3', '2026-01-02'),
      note('p4-1', '2026-01-09'),
    ];
    expect(inSpeechOrder(notes).map((n) => `${n.sentence} ${n.created}`)).toEqual([
      'p4-1 2026-01-09',
      'p4-3 2026-01-02',
      'p4-3 2026-01-03',
      'p9-1 2026-01-01',
    ]);
  });

  it('are read from storage only when they have the shape this code writes', () => {
    expect(isNoteList([note('p4-1', '2026-01-01')])).toBe(true);
    expect(isNoteList([{ id: 'x' }])).toBe(false);
    expect(isNoteList({})).toBe(false);
  });

  it('become Markdown: the words quoted, the note, the citation', () => {
    const markdown = notesMarkdown([note('p4-1', '2026-01-01')], {
      title: 'Your notes',
      cite: () => 'Cited, ¶4.',
    });
    expect(markdown).toBe('# Your notes\n\n> “need to build”\n\nA note on p4-1.\n\nCited, ¶4.\n');
  });
});

describe('notes as W3C Web Annotations', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const valid = ajv.compile(webAnnotationSchema);
  const absolute = (path: string) => new URL(path, 'https://example.org/').href;
  const notes = [note('p4-1', '2026-01-01'), note('p4-2', '2026-01-02', 'a strong team')];
  const exported = notesCollection(notes, absolute, 'Your notes');

  it('export as a collection of commenting annotations, each on its words and its sentence', () => {
    expect(valid(exported), JSON.stringify(valid.errors)).toBe(true);
    expect(exported.first.items[0]).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'A note on p4-1.' },
      target: {
        source: 'https://example.org/speech/cybersecurity/',
        selector: [
          { type: 'TextQuoteSelector', exact: 'need to build', prefix: 'We ' },
          { type: 'FragmentSelector', value: 'p4-1' },
        ],
      },
    });
  });

  it('come back as the same notes when imported', () => {
    expect(readAnnotations(JSON.parse(JSON.stringify(exported)))).toEqual({ notes, leftOut: 0 });
  });

  it('leave out the edition’s own annotations: its /annotations.jsonld brings in nothing', () => {
    const own = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { type: 'Annotation', motivation: 'describing', body: [], target: {} },
          {
            type: 'Annotation',
            motivation: 'commenting',
            creator: { type: 'Organization', name: 'The editors' },
            body: [{ type: 'TextualBody', value: 'Commentary.' }],
            target: {
              source: 'https://example.org/speech/x/',
              selector: { type: 'FragmentSelector', value: 'p4' },
            },
          },
        ],
      },
    };
    expect(readAnnotations(own)).toEqual({ notes: [], leftOut: 2 });
  });

  it('refuse, with a message for the reader, a file that is not Web Annotations', () => {
    expect(() => readAnnotations({ notes: [] })).toThrow('not a set of W3C Web Annotations');
    expect(() => readAnnotations([1, 2])).toThrow('not a set of W3C Web Annotations');
    expect(() => readAnnotations({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Thing' })).toThrow(
      'holds no annotation',
    );
  });

  it('have the shape the edition’s own annotations have', () => {
    const site = annotationCollection(buildEdition(fixture), new URL('https://example.org/'));
    expect(valid(site), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' })).toBe(
      false,
    );
  });
});

describe('what a reference previews', () => {
  const at = (href: string) => previewTarget(new URL(href, 'https://example.org/'));

  it('is a glossary entry, a paragraph or a sentence of the speech', () => {
    expect(at('/glossary/cyberpower/')).toEqual({ kind: 'entry', id: 'cyberpower' });
    expect(at('/speech/cybersecurity/#p4')).toEqual({ kind: 'speech', paragraph: 'p4' });
    expect(at('/speech/#p4-3')).toEqual({ kind: 'speech', paragraph: 'p4', sentence: 3 });
  });

  it('is nothing for other links', () => {
    expect(at('/glossary/')).toBeUndefined();
    expect(at('/speech/cybersecurity/')).toBeUndefined();
    expect(at('/speech/cybersecurity/#commentary-4')).toBeUndefined();
    expect(at('/themes/cybersecurity/#p4')).toBeUndefined();
  });
});
