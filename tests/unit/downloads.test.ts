import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mdxProse } from '../../src/lib/prose/mdxProse';
import { bookOf } from '../../src/lib/downloads/book';
import { bookEpub } from '../../src/lib/downloads/epub/package';
import { escapeXml, mixed } from '../../src/lib/downloads/epub/xhtml';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { fileSize } from '../../src/lib/text/numbers';
import { fixture } from '../support/editionFixture';

describe('the editors’ prose as records', () => {
  it('numbers source notes in order, marks Chinese and keeps links and lists', () => {
    const blocks = mdxProse(
      '## A part\n\nIt says 网络强国 (_cyberpower_).<SourceNote ids="a" /> See [¶1](/speech/x/#p1).<SourceNote ids="b c" />\n\n- One.<SourceNote ids="d" />\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'A part' },
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'It says ', chinese: false, emphasis: false },
          { kind: 'text', text: '网络强国', chinese: true, emphasis: false },
          { kind: 'text', text: ' (', chinese: false, emphasis: false },
          { kind: 'text', text: 'cyberpower', chinese: false, emphasis: true },
          { kind: 'text', text: ').', chinese: false, emphasis: false },
          { kind: 'note', number: 1 },
          { kind: 'text', text: ' See ', chinese: false, emphasis: false },
          { kind: 'link', text: '¶1', href: '/speech/x/#p1' },
          { kind: 'text', text: '.', chinese: false, emphasis: false },
          { kind: 'note', number: 2 },
        ],
      },
      {
        kind: 'list',
        items: [
          [
            { kind: 'text', text: 'One.', chinese: false, emphasis: false },
            { kind: 'note', number: 3 },
          ],
        ],
      },
    ]);
  });
});

describe('the book of an edition', () => {
  const edition = buildEdition(fixture);
  const book = bookOf(edition, new URL('https://example.org/'));

  it('keeps each paragraph’s words whole, cut only where a glossary note attaches, and links absolute', () => {
    for (const [i, paragraph] of book.sections.flatMap((s) => s.paragraphs).entries()) {
      const words = paragraph.runs.map((run) => (run.kind === 'words' ? run.text : '')).join('');
      expect(words).toBe(edition.paragraphs[i]?.text);
      expect(paragraph.url).toMatch(/^https:\/\/example\.org\/speech\/[a-z-]+\/#p\d$/u);
    }
    const notes = book.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => p.runs.filter((r) => r.kind === 'note')),
    );
    expect(notes.length).toBe(edition.uses.filter((o) => o.note !== undefined).length);
  });

  it('packs an EPUB whose files are the same bytes for the same content, mimetype first', () => {
    const epub = bookEpub(book);
    expect(bookEpub(book)).toEqual(epub);
    const files = unzipSync(epub);
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(strFromU8(files['OEBPS/content.opf'] ?? new Uint8Array())).toContain(
      '<dc:language>en</dc:language>',
    );
  });

  it('escapes the editors’ text for XHTML and marks its Chinese', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(mixed('Translates 网信 <x>')).toBe(
      'Translates <span lang="zh-Hans" xml:lang="zh-Hans">网信</span> &lt;x&gt;',
    );
  });
});

describe('fileSize', () => {
  it('gives kilobytes below a megabyte and megabytes with one decimal, joined by a non-breaking space', () => {
    expect(fileSize(63_006)).toBe('62\u00a0KB');
    expect(fileSize(1_326_941)).toBe('1.3\u00a0MB');
    expect(fileSize(10)).toBe('1\u00a0KB');
  });
});
