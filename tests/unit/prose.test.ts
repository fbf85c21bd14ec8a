import { describe, expect, it } from 'vitest';
import { bookOf } from '../../src/lib/downloads/book';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { bookComponents } from '../../src/lib/prose/bookProse';
import { mdxProse } from '../../src/lib/prose/mdxProse';
import { proseParts } from '../../src/lib/prose/parts';
import { proseValues, strictValues } from '../../src/lib/prose/values';
import { proseSchema } from '../../src/lib/schemas';
import { fixture } from '../support/editionFixture';

const part = (id: string, data: Record<string, unknown> = {}, body = 'Words.\n') => ({
  id,
  data: proseSchema.parse(data),
  body,
});

describe('the editors’ prose by page (content/prose/)', () => {
  it('gives each page its parts in the order of their file names', () => {
    const pages = proseParts(
      [
        part('about/02-version', { title: 'This version', anchor: 'version-heading' }),
        part('changes'),
        part('about/01-source', { title: 'The source', anchor: 'source-heading', book: true }),
      ],
      'content/prose',
    );
    expect(pages.about.map((p) => [p.file, p.anchor, p.book])).toEqual([
      ['content/prose/about/01-source.mdx', 'source-heading', true],
      ['content/prose/about/02-version.mdx', 'version-heading', false],
    ]);
    expect(pages.changes.map((p) => p.contentId)).toEqual(['changes']);
    expect(pages.data).toEqual([]);
  });

  it('fails, naming the file, on a page that does not exist, an anchor used twice, and a part the book cannot print', () => {
    expect(() => proseParts([part('abuot/01-source')], 'content/prose')).toThrow(
      'content/prose/abuot/01-source.mdx: no page is called "abuot"',
    );
    expect(() =>
      proseParts(
        [
          part('about/01-a', { title: 'One part', anchor: 'same' }),
          part('about/02-b', { title: 'Two parts', anchor: 'same' }),
        ],
        'content/prose',
      ),
    ).toThrow('content/prose/about/02-b.mdx: content/prose/about/01-a.mdx has the anchor "same" already');
    expect(() => proseParts([part('data/01-intro', { book: true })], 'content/prose')).toThrow(
      'content/prose/data/01-intro.mdx: only a part of About or of the book itself can be printed in the book',
    );
  });

  it('asks a part with a heading for its anchor', () => {
    expect(() => proseSchema.parse({ title: 'The source' })).toThrow(/needs an anchor/u);
    expect(() => proseSchema.parse({ title: 'The source', anchor: 'The Source' })).toThrow(/lower-case/u);
  });
});

describe('values in the prose', () => {
  const edition = buildEdition(fixture);
  const values = proseValues(edition, new URL('https://example.org/'));

  it('are what the edition computes: its version, counts and addresses', () => {
    expect(values.version.number).toBe('0.2.0');
    expect(values.counts.paragraphsInWords).toBe('three');
    expect(values.counts.paragraphRange).toBe('¶1 to ¶3');
    expect(values.site.speechCsv).toBe('https://example.org/speech.csv');
    expect(values.speech.published).toBe('30 June 2020');
  });

  it('fail the build on a name that is not there, naming the file, where MDX would print nothing', () => {
    const strict = strictValues(values, 'content/prose/about/02-version.mdx');
    expect(strict.version.number).toBe('0.2.0');
    expect(() => (strict.version as Record<string, unknown>)['numbr']).toThrow(
      'content/prose/about/02-version.mdx: {props.version.numbr} names no value',
    );
  });
});

describe('the prose the book prints', () => {
  const edition = buildEdition(fixture);
  const values = proseValues(edition, new URL('https://example.org/'));
  const context = { file: 'content/prose/about/01-source.mdx', values, components: bookComponents(values) };

  it('sets values as text, the web page as a link, the notices as a quotation, and leaves out the site’s controls', () => {
    const blocks = mdxProse(
      'The speech of {props.speech.dateLine}, from <WebPage />.\n\n<RightsNotice />\n\n<DownloadLinks />\n',
      context,
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'The speech of ', chinese: false, emphasis: false },
          { kind: 'text', text: values.speech.dateLine, chinese: false, emphasis: false },
          { kind: 'text', text: ', from ', chinese: false, emphasis: false },
          { kind: 'link', text: values.speech.webPageName, href: values.speech.webPageUrl },
          { kind: 'text', text: '.', chinese: false, emphasis: false },
        ],
      },
      { kind: 'notices', lines: [values.speech.rightsNotice, values.speech.copyright] },
    ]);
  });

  it('fails, naming the file, on a component or a value the book does not know', () => {
    expect(() => mdxProse('See <CitationStyles />.\n', context)).toThrow(
      'content/prose/about/01-source.mdx: the book cannot print <CitationStyles>',
    );
    expect(() => mdxProse('Version {props.version.numbr}.\n', context)).toThrow(
      'content/prose/about/01-source.mdx: {props.version.numbr} names no value',
    );
    expect(() => mdxProse('Version {1 + 1}.\n', context)).toThrow('is not a value the book can print');
  });

  it('puts the parts of About it prints in its “About this edition”, each under its heading', () => {
    const book = bookOf(edition, new URL('https://example.org/'));
    expect(book.about[0]).toEqual({ kind: 'heading', text: 'The source' });
    expect(book.about).toContainEqual({
      kind: 'notices',
      lines: [edition.speech.rightsNotice, edition.speech.copyright],
    });
  });
});
