import { describe, expect, it } from 'vitest';
import { annotateParagraph, type NoteContent } from '../../src/lib/annotateParagraph';
import type { NotedOccurrence } from '../../src/lib/glossaryIndex';
import { paragraphsFromHtml } from '../support/speakerWords';

const entries = new Map<string, NoteContent>([
  [
    'cyberpower',
    {
      term: 'cyberpower',
      definition: 'A strong cyber country.',
      href: '/glossary/cyberpower/',
      chinese: '网络强国',
      pinyin: 'wǎngluò qiángguó',
    },
  ],
]);
const text = 'Build China into a cyberpower. A cyberpower.';
const occurrences: NotedOccurrence[] = [
  { entryId: 'cyberpower', paragraph: 1, start: 19, end: 29, text: 'cyberpower', note: 1 },
  { entryId: 'cyberpower', paragraph: 1, start: 33, end: 43, text: 'cyberpower', note: undefined },
];

describe('annotateParagraph', () => {
  const html = annotateParagraph(`\n<p>${text}</p>\n`, text, occurrences, entries);

  it('links every use and gives the first a note mark and a sidenote, all editorial', () => {
    expect(html).toBe(
      '\n<p>Build China into a <a class="term" href="/glossary/cyberpower/" data-term="cyberpower">cyberpower</a>' +
        '<span class="term-zh" lang="zh-Hans" data-editorial data-pagefind-ignore>网络强国</span>' +
        '<a class="note-ref" href="#p1-n1" id="p1-r1" data-editorial data-pagefind-ignore><span class="sr-only">Note on “cyberpower”</span></a>' +
        '<span class="sidenote" id="p1-n1" role="note" data-editorial data-pagefind-ignore><b class="sidenote-term">cyberpower</b> ' +
        '<span lang="zh-Hans">网络强国</span> <i>wǎngluò qiángguó</i>. A strong cyber country. ' +
        '<a href="/glossary/cyberpower/">Glossary entry<span class="sr-only">: cyberpower</span></a> ' +
        '<a class="sidenote-back" href="#p1-r1">Back to the text</a></span>. ' +
        'A <a class="term" href="/glossary/cyberpower/" data-term="cyberpower">cyberpower</a>' +
        '<span class="term-zh" lang="zh-Hans" data-editorial data-pagefind-ignore>网络强国</span>.</p>\n',
    );
  });

  it('leaves the speaker’s words unchanged once editorial elements are removed', () => {
    expect(paragraphsFromHtml(`<div id="p1">${html}</div>`).get(1)?.trim()).toBe(text);
  });

  it('refuses HTML whose words differ from the paragraph', () => {
    expect(() => annotateParagraph('<p>Other words.</p>', text, occurrences, entries)).toThrow(
      'The rendered paragraph does not contain the words of its MDX.',
    );
  });
});
