import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  annotateParagraph,
  type AnnotatedParagraph,
  type NotedEntry,
} from '../../src/lib/speech/annotateParagraph';
import { sentenceSpans } from '../../src/lib/speech/sentences';
import { paragraphsFromHtml } from '../support/speakerWords';

const entry: NotedEntry = {
  id: 'cyberpower',
  term: 'cyberpower',
  definition: 'Translates 网络强国, a strong cyber country.',
  href: '/glossary/cyberpower/',
  chinese: '网络强国',
  pinyin: 'wǎngluò qiángguó',
};
const text = 'Build China into a cyberpower. A cyberpower.';
const paragraph: AnnotatedParagraph = {
  number: 1,
  text,
  sentences: sentenceSpans(text),
  uses: [
    { entry, start: 19, end: 29, text: 'cyberpower', note: 1 },
    { entry, start: 33, end: 43, text: 'cyberpower', note: undefined },
  ],
};
const html = annotateParagraph(`\n<p>${text}</p>\n`, paragraph);
const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
describe('annotateParagraph', () => {
  it('links every use of a term to its entry', () => {
    expect(selectAll('a.term', tree).map((a) => [a.properties['href'], toString(a)])).toEqual([
      ['/glossary/cyberpower/', 'cyberpower'],
      ['/glossary/cyberpower/', 'cyberpower'],
    ]);
  });

  it('gives only the first use in the paragraph a note mark and a sidenote', () => {
    expect(selectAll('a.note-ref', tree).map((a) => a.properties['href'])).toEqual(['#p1-n1']);
    const note = select('#p1-n1', tree);
    expect(note?.properties['role']).toBe('note');
    expect(toString(note ?? { type: 'root', children: [] })).toBe(
      'cyberpower 网络强国 wǎngluò qiángguó. Translates 网络强国, a strong cyber country. Glossary entry: cyberpower Back to the text',
    );
    expect(selectAll('#p1-n1 [lang="zh-Hans"]', tree).map((node) => toString(node))).toEqual([
      '网络强国',
      '网络强国',
    ]);
  });

  it('makes each sentence addressable as pN-K with a link to itself', () => {
    expect(selectAll('span.sentence', tree).map((span) => span.properties['id'])).toEqual(['p1-1', 'p1-2']);
    expect(
      selectAll('a.sentence-link', tree).map((a) => [a.properties['href'], a.properties['ariaLabel']]),
    ).toEqual([
      ['#p1-1', 'Link to sentence 1 of paragraph 1'],
      ['#p1-2', 'Link to sentence 2 of paragraph 1'],
    ]);
  });

  it('marks everything it adds as editorial, leaving the speaker’s words unchanged', () => {
    const added = selectAll('.term-zh, .note-ref, .sidenote, .sentence-link', tree);
    expect(added.every((node) => node.properties['dataEditorial'] !== undefined)).toBe(true);
    expect(paragraphsFromHtml(`<div id="p1">${html}</div>`).get(1)?.trim()).toBe(text);
    const sentences = paragraphsFromHtml(
      html.replaceAll('class="sentence" id="p1-', 'class="sentence" id="p'),
    );
    expect([sentences.get(1), sentences.get(2)]).toEqual(['Build China into a cyberpower.', 'A cyberpower.']);
  });

  it('refuses HTML whose words differ from the paragraph', () => {
    expect(() => annotateParagraph('<p>Other words.</p>', paragraph)).toThrow(
      'The rendered paragraph does not contain the words of its MDX.',
    );
  });
});
