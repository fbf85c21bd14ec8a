import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/builtSite';
import { EDITION_CITED, version } from '../support/editionVersion';
import { compareWithReference } from '../support/fidelity';
import { reference } from '../support/paths';
import { paragraphsFromHtml } from '../support/speakerWords';
import { normalizeWhitespace } from '../support/text';

const file = join(distDir, 'edition.epub');
const bytes = readFileSync(file);
const files = unzipSync(bytes);
const text = (name: string) => {
  const found = files[name];
  if (!found) throw new Error(`The EPUB has no ${name}.`);
  return strFromU8(found);
};

describe('/edition.epub', () => {
  it('passes epubcheck with no errors or warnings', () => {
    // Debian's /usr/bin/epubcheck is the jar itself, which only starts where the kernel runs jars.
    const report = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', '--quiet', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(report).not.toMatch(/ERROR|WARNING|FATAL/u);
  }, 120_000);

  it('starts with the mimetype, stored uncompressed, as the format requires', () => {
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(38, 58).toString('latin1')).toBe('application/epub+zip');
  });

  it('holds the nine paragraphs word for word, with the notes and numbers marked as the editors’', () => {
    const speech = text('OEBPS/speech.xhtml');
    expect(compareWithReference(reference.paragraphs, paragraphsFromHtml(speech))).toEqual([]);
    const flat = normalizeWhitespace(speech.replace(/<[^>]+>/gu, ' '));
    for (const part of [reference.title, reference.dateLine, reference.occasion])
      expect(flat).toContain(part);
    const title = normalizeWhitespace(text('OEBPS/title.xhtml'));
    for (const part of [reference.rightsNotice, reference.copyright])
      expect(title).toContain(`<p>${part.replaceAll('&', '&amp;')}</p>`);
  });

  it('fails the comparison when a word of a paragraph is changed', () => {
    const changed = text('OEBPS/speech.xhtml').replace('Without cybersecurity', 'Without security');
    expect(compareWithReference(reference.paragraphs, paragraphsFromHtml(changed))).toHaveLength(1);
  });

  it('gives its notes as EPUB footnotes, its Chinese a language, and its metadata the version', () => {
    const speech = text('OEBPS/speech.xhtml');
    const refs = [...speech.matchAll(/epub:type="noteref"[^>]*href="#([^"]+)"/gu)].map(([, id]) => id);
    expect(refs.length).toBeGreaterThan(50);
    for (const id of refs)
      expect(speech).toContain(`<aside epub:type="footnote" role="doc-footnote" id="${id}"`);
    expect(speech).toContain('<span lang="zh-Hans" xml:lang="zh-Hans">网络强国</span>');
    const opf = text('OEBPS/content.opf');
    expect(opf).toContain('<dc:creator>Xi Jinping</dc:creator>');
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toMatch(/<dc:identifier id="uid">[^<]+<\/dc:identifier>/u);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/u);
    expect(opf).toContain(EDITION_CITED);
    expect(text('OEBPS/title.xhtml')).toContain(`Version ${version}`);
    expect(text('OEBPS/nav.xhtml')).toMatch(/epub:type="toc"[\s\S]*The speech[\s\S]*Glossary/u);
  });
});
