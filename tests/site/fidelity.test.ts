import { describe, expect, it } from 'vitest';
import { compareWithReference, formatProblems } from '../support/fidelity';
import { builtPage, builtPages } from '../support/builtSite';
import { reference } from '../support/paths';
import { paragraphsFromHtml } from '../support/speakerWords';

const pages = builtPages();
const sectionPages = pages.filter(([path]) => /^\/speech\/[^/]+\/$/u.test(path));
const report = (path: string, html: string) =>
  formatProblems(compareWithReference(reference.paragraphs, paragraphsFromHtml(html)), () => path);

describe('the built speech text', () => {
  it('reproduces every paragraph word for word on /speech/', () => {
    expect(report('/speech/', builtPage('speech'))).toBe('');
  });

  it('reproduces every paragraph word for word across the section pages, each paragraph on one page', () => {
    const words = new Map<number, string>();
    const homes = new Map<number, string>();
    for (const [path, html] of sectionPages) {
      for (const [paragraph, text] of paragraphsFromHtml(html)) {
        expect(homes.get(paragraph), `¶${paragraph} appears on two section pages`).toBeUndefined();
        words.set(paragraph, text);
        homes.set(paragraph, path);
      }
    }
    expect(sectionPages).toHaveLength(8);
    expect(formatProblems(compareWithReference(reference.paragraphs, words), (n) => homes.get(n) ?? '')).toBe(
      '',
    );
  });

  it('fails, naming the paragraph and the words, when one word on a built page is changed', () => {
    const corrupted = builtPage('speech').replace('treasures of a nation', 'treasure of a nation');
    expect(report('/speech/', corrupted)).toBe(
      '¶5 (/speech/): first difference at word 5: expected "treasures of a nation. We need" but found ' +
        '"treasure of a nation. We need"',
    );
  });

  it('gives paragraph ids only to /speech/ and the section pages', () => {
    const withParagraphs = pages
      .filter(([, html]) => paragraphsFromHtml(html).size > 0)
      .map(([path]) => path);
    expect(withParagraphs).toEqual(['/speech/', ...sectionPages.map(([path]) => path)].sort());
  });

  it('prints the title, date line, occasion note, rights notice and copyright verbatim on /speech/', () => {
    const text = builtPage('speech').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
    for (const part of [
      reference.title,
      reference.dateLine,
      reference.occasion,
      reference.rightsNotice,
      reference.copyright,
    ]) {
      expect(text).toContain(part);
    }
  });

  it('shows the citations on /about/ exactly, without layout whitespace inside them', () => {
    const citations = [...builtPage('about').matchAll(/<pre[^>]*>([^<]*)<\/pre>/gu)].map((m) => m[1] ?? '');
    expect(citations).toHaveLength(4);
    expect(citations.map((text) => text.slice(0, 12))).toEqual([
      'Xi Jinping. ',
      'Xi Jinping. ',
      'Xi, J. (2020',
      '@incollectio',
    ]);
  });

  it('reproduces the rights notice and copyright line on /about/', () => {
    const text = builtPage('about').replace(/&#39;/gu, "'");
    expect(text).toContain(reference.rightsNotice);
    expect(text).toContain(reference.copyright);
  });
});
