import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/builtSite';
import { chromiumLaunchOptions } from '../support/chromium';
import { EDITION_CITED, version } from '../support/editionVersion';
import { compareWithReference } from '../support/fidelity';
import { reference } from '../support/paths';
import { paragraphsFromHtml } from '../support/speakerWords';
import { normalizeWhitespace } from '../support/text';

const file = join(distDir, 'edition.epub');

/** What the test reads of Ace's report.json. */
interface AceReport {
  'earl:result': { 'earl:outcome': string };
  'a11y-metadata': { missing: string[] };
  assertions: {
    'earl:testSubject': { url: string };
    assertions?: { 'earl:test': { 'dct:title': string; 'earl:impact': string } }[];
  }[];
}
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

  it('passes Ace by DAISY with no violation, its accessibility metadata complete', () => {
    // Ace drives a browser through Puppeteer: Debian's Chromium, never one Puppeteer downloads. Its 5 s
    // allowance to start the browser is too short on a busy machine.
    const out = mkdtempSync(join(tmpdir(), 'edition-ace-'));
    const ace = createRequire(import.meta.url).resolve('@daisy/ace-cli/bin/ace.js');
    const run = spawnSync(process.execPath, [ace, '--silent', '--force', '--outdir', out, file], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PUPPETEER_EXECUTABLE_PATH: chromiumLaunchOptions.executablePath,
        ACE_TIMEOUT_INITIAL: '60000',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AceReport;
    const violations = report.assertions.flatMap((document) =>
      (document.assertions ?? []).map(
        (a) =>
          `${document['earl:testSubject'].url}: ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']})`,
      ),
    );
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
    expect(report['a11y-metadata'].missing.filter((name) => !name.startsWith('a11y:certifier'))).toEqual([]);
  }, 240_000);

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

  it('holds no image without alternative text, no table without header cells, and is read in the text’s order', () => {
    const opf = text('OEBPS/content.opf');
    const markup = Object.keys(files)
      .filter((name) => name.endsWith('.xhtml'))
      .map(text)
      .join('\n');
    // An image or chart needs its alternative text (alt="" when decorative), and makes the book visual too.
    const images = markup.match(/<(?:img|svg|canvas|video)\b[^>]*>/gu) ?? [];
    for (const image of images) expect(image).toMatch(/\salt="/u);
    const modes = [...opf.matchAll(/property="schema:accessMode">([^<]+)</gu)].map(([, mode]) => mode);
    expect(modes).toEqual(images.length > 0 ? ['textual', 'visual'] : ['textual']);
    for (const table of markup.match(/<table\b[\s\S]*?<\/table>/gu) ?? []) expect(table).toMatch(/<th\b/u);
    // The spine reads the documents in the order the contents list them; the speech reads its paragraphs in
    // order, each note after the words that refer to it.
    const hrefs = new Map(
      [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/gu)].map(([, id, href]) => [id, href]),
    );
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/gu)].map(([, id]) => hrefs.get(id ?? ''));
    const contents = [...text('OEBPS/nav.xhtml').matchAll(/<li><a href="([^"#]+)">/gu)].map(
      ([, href]) => href,
    );
    expect(spine).toEqual(contents);
    const speech = text('OEBPS/speech.xhtml');
    const numbers = [...speech.matchAll(/<p class="speech" id="p(\d+)">/gu)].map(([, n]) => Number(n));
    expect(numbers).toEqual(reference.paragraphs.map((_, i) => i + 1));
    for (const [, ref = '', note = ''] of speech.matchAll(/id="([^"]+)" href="#([^"]+)"/gu))
      expect(speech.indexOf(`id="${note}"`)).toBeGreaterThan(speech.indexOf(`id="${ref}"`));
  });
});
