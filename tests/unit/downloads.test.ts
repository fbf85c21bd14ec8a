import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mdxProse } from '../../src/lib/prose/mdxProse';
import { bookOf } from '../../src/lib/downloads/book';
import { bookEpub } from '../../src/lib/downloads/epub/package';
import { escapeXml, mixed } from '../../src/lib/downloads/epub/xhtml';
import { typstExportErrors } from '../../src/lib/downloads/pdf/typstExportErrors';
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

/** DPUB-ARIA 1.1's roles (https://www.w3.org/TR/dpub-aria-1.1/), each `doc-` and the epub:type it matches. */
const DPUB_ROLES = new Set(
  'abstract acknowledgments afterword appendix backlink biblioentry bibliography biblioref chapter colophon conclusion cover credit credits dedication endnote endnotes epigraph epilogue errata example footnote foreword glossary glossref index introduction noteref notice pagebreak pagefooter pageheader pagelist part preface prologue pullquote qna subtitle tip toc'.split(
    ' ',
  ),
);
/** The structural semantics for which DPUB-ARIA has no role. */
const WITHOUT_ROLE = new Set(['titlepage', 'frontmatter', 'bodymatter', 'backmatter']);

/**
 * The tags of a document whose epub:type lacks the role Ace asks for beside it, or is a type this list does
 * not know. The landmarks' links name where they lead, not what they are, and carry no role.
 */
function missingRoles(xhtml: string): string[] {
  const tags = xhtml
    .replace(/<nav epub:type="landmarks"[\s\S]*?<\/nav>/gu, '')
    .match(/<[a-z]+\b[^>]*\sepub:type="[^"]*"[^>]*>/gu);
  return (tags ?? []).filter((tag) => {
    const types = /epub:type="([^"]*)"/u.exec(tag)?.[1]?.split(' ') ?? [];
    const role = /\srole="([^"]*)"/u.exec(tag)?.[1];
    return types.some((type) => (DPUB_ROLES.has(type) ? role !== `doc-${type}` : !WITHOUT_ROLE.has(type)));
  });
}

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

  it('marks a term’s first glossary note in the speech, in reading order across sections, and no later one', () => {
    const notes = book.sections
      .flatMap((s) => s.paragraphs.flatMap((p) => p.runs))
      .flatMap((run) => (run.kind === 'note' ? [run] : []));
    const ids = notes.map((note) => note.entry.id);
    expect(notes.map((note) => note.firstInSpeech)).toEqual(ids.map((id, i) => ids.indexOf(id) === i));
    // The fixture's "cyberpower" is noted in all three paragraphs, across both sections: first only in ¶1.
    expect(notes.filter((note) => note.entry.id === 'cyberpower').map((note) => note.firstInSpeech)).toEqual([
      true,
      false,
      false,
    ]);
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

  it('gives every epub:type in the e-book its DPUB-ARIA role, which the check misses nowhere', () => {
    const files = unzipSync(bookEpub(book));
    const documents = Object.keys(files).filter((name) => name.endsWith('.xhtml'));
    expect(documents.length).toBeGreaterThan(5);
    for (const name of documents)
      expect(missingRoles(strFromU8(files[name] ?? new Uint8Array())), name).toEqual([]);
    expect(missingRoles('<section epub:type="glossary"><a epub:type="noteref" role="doc-footnote">')).toEqual(
      ['<section epub:type="glossary">', '<a epub:type="noteref" role="doc-footnote">'],
    );
    expect(missingRoles('<section epub:type="preamble" role="doc-preamble">')).toHaveLength(1);
  });

  it('escapes the editors’ text for XHTML and marks its Chinese', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(mixed('Translates 网信 <x>')).toBe(
      'Translates <span lang="zh-Hans" xml:lang="zh-Hans">网信</span> &lt;x&gt;',
    );
  });
});

describe('the book made without the site’s public address (SITE_URL unset)', () => {
  const edition = buildEdition(fixture);
  const book = bookOf(edition, undefined);
  const epubText = () =>
    Object.entries(unzipSync(bookEpub(book)))
      .map(([name, data]) => `${name}\n${strFromU8(data)}`)
      .join('\n');

  it('holds no address on the site: no home, no ¶ permalinks, no entry links, no site path in the prose', () => {
    expect(book.url).toBeUndefined();
    expect(book.withoutSite).toMatch(/without the site’s public address/u);
    for (const section of book.sections) {
      expect(section.url).toBeUndefined();
      for (const paragraph of section.paragraphs) expect(paragraph.url).toBeUndefined();
    }
    for (const group of book.glossary) for (const entry of group.entries) expect(entry.url).toBeUndefined();
    const prose = JSON.stringify([book.titlePage, book.about, book.introduction, book.sections]);
    expect(prose).not.toMatch(/"href":"\//u);
    expect(JSON.stringify(book)).not.toMatch(/localhost/u);
  });

  it('makes an EPUB that says so on its title page and links nowhere on the site', () => {
    const text = epubText();
    expect(text).toContain('This copy was made without the site’s public address');
    expect(text).not.toMatch(/localhost/u);
    expect(text).not.toMatch(/href="\/|class="pilcrow" href=/u);
    expect(text).not.toContain('On the site:');
  });

  it('links to the site from the same EPUB when the address is known', () => {
    const text = Object.values(unzipSync(bookEpub(bookOf(edition, new URL('https://example.org/')))))
      .map((data) => strFromU8(data))
      .join('\n');
    expect(text).toMatch(/class="pilcrow" href="https:\/\/example\.org\/speech\/[a-z-]+\/#p1"/u);
    expect(text).toContain('On the site: <a href="https://example.org/glossary/');
    expect(text).not.toContain('without the site’s public address');
  });
});

describe('typstExportErrors', () => {
  it('gives each error Typst refuses a PDF/UA-1 export for, with its hint, and anything else as it is', () => {
    // As the Node compiler throws them for an untitled document with an image without alternative text.
    const thrown = new Error(
      '[SourceDiagnostic { severity: Error, span: Span(607233732084835), message: "PDF/UA-1 error: missing alt text", trace: [], hints: ["make sure your images and equations have alt text"] }, SourceDiagnostic { severity: Error, span: Span(1), message: "PDF/UA-1 error: missing document title", trace: [], hints: ["set the title with `set document(title: [...])`"] }]',
    );
    expect(typstExportErrors(thrown)).toEqual([
      'PDF/UA-1 error: missing alt text (make sure your images and equations have alt text)',
      'PDF/UA-1 error: missing document title (set the title with `set document(title: [...])`)',
    ]);
    expect(typstExportErrors(new Error('font not found'))).toEqual(['font not found']);
  });
});

describe('fileSize', () => {
  it('gives kilobytes below a megabyte and megabytes with one decimal, joined by a non-breaking space', () => {
    expect(fileSize(63_006)).toBe('62\u00a0KB');
    expect(fileSize(1_326_941)).toBe('1.3\u00a0MB');
    expect(fileSize(10)).toBe('1\u00a0KB');
  });
});
