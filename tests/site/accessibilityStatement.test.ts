import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, distDir } from '../support/builtSite';

const statement = builtPage('accessibility');
const main = /<main[\s\S]*<\/main>/u.exec(statement)?.[0] ?? '';
const text = main.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');

describe('the accessibility statement, /accessibility/', () => {
  it('is linked from the footer of every page and from About', () => {
    const pages = builtPages().filter(([, html]) => !/http-equiv="refresh"/u.test(html));
    expect(pages.length).toBeGreaterThan(70);
    for (const [path, html] of pages) {
      const footer = /<footer class="no-print[\s\S]*?<\/footer>/u.exec(html)?.[0] ?? '';
      expect(footer, path).toContain('<a href="/accessibility/">Accessibility</a>');
    }
    expect(builtPage('about')).toMatch(/<a href="\/accessibility\/">accessibility statement<\/a>/u);
  });

  it('names the standard each form declares: WCAG 2.2 AA, the EPUB’s conformsTo, the PDF’s pdfuaid part', () => {
    expect(text).toContain('Web Content Accessibility Guidelines (WCAG) 2.2 at Level AA');
    const epub = unzipSync(readFileSync(join(distDir, 'edition.epub')));
    const opf = Object.entries(epub).find(([name]) => name.endsWith('.opf'))?.[1];
    const conformsTo = /<meta property="dcterms:conformsTo"[^>]*>([^<]+)</u.exec(
      strFromU8(opf ?? new Uint8Array()),
    );
    expect(conformsTo?.[1]).toBe('EPUB Accessibility 1.1 - WCAG 2.2 Level AA');
    expect(text).toContain('meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA');
    const xmp = execFileSync('pdfinfo', ['-meta', join(distDir, 'edition.pdf')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(text).toContain('is made to PDF/UA-1 (ISO 14289-1)');
  });

  it('names no way to report a barrier that the edition does not have: no address, no form, no other site', () => {
    expect(main).not.toMatch(/mailto:|[\w.+-]+@[\w-]+\.[\w.]+|<form/u);
    const links = [...main.matchAll(/href="([^"]+)"/gu)].map(([, href]) => href);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/[^/]/u);
    expect(text).toContain('The edition has no channel yet through which a reader can report a barrier');
  });
});
