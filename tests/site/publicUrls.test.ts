import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/build/siteUrl';
import { distDir } from '../support/builtSite';
import { readRepoFile } from '../support/paths';

// The sitemap needs the site's public address: a build without SITE_URL writes none (siteAddress.test.ts).
const listed = readRepoFile('tests/public-urls.txt')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .filter((line) => SITE_URL || line !== '/sitemap-index.xml');
// Where the site's own addresses start: its public address, or the root when the build does not know it.
const SITE = (SITE_URL ?? '/').replace(/\/$/u, '');

/** Whether a public path is still served: a file, a page, or a redirect page Astro wrote for it. */
function served(path: string): string | undefined {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

describe('public addresses', () => {
  it('still serves every listed page, file and anchor', () => {
    const missing = listed.filter((entry) => {
      const [path = '', id] = entry.split('#');
      const body = served(path);
      if (body === undefined) return true;
      return id !== undefined && !body.includes(` id="${id}"`) && !/http-equiv="refresh"/u.test(body);
    });
    expect(missing).toEqual([]);
  });

  it('lists the paragraph and sentence anchors the README documents', () => {
    expect(listed).toContain('/speech/cybersecurity/#p4');
    expect(listed).toContain('/speech/cybersecurity/#p4-3');
    expect(listed).toContain('/speech/#p9-9');
  });
});

describe('page metadata', () => {
  const page = (path: string) => served(path) ?? '';

  it('gives every page a canonical address (only when the build knows the public one), a description and a link preview', () => {
    const pages = listed.filter((entry) => entry.endsWith('/') && !entry.includes('#'));
    const lacking = pages.filter((path) => {
      const html = page(path);
      const canonical = SITE_URL
        ? html.includes(`<link rel="canonical" href="${SITE}${path}"`) &&
          html.includes(`property="og:url" content="${SITE}${path}"`)
        : !html.includes('rel="canonical"') && !html.includes('property="og:url"');
      return !canonical || !html.includes('name="description"') || !html.includes('property="og:image"');
    });
    expect(lacking).toEqual([]);
  });

  it('tells reference managers what a speech page is (Highwire citation tags) and shows a section its own preview', () => {
    const html = page('/speech/cybersecurity/');
    expect(html).toContain(
      '<meta name="citation_title" content="Enhance Cyber Capabilities Through Innovation">',
    );
    expect(html).toContain('<meta name="citation_author" content="Xi, Jinping">');
    expect(html).toContain(
      '<meta name="citation_inbook_title" content="Xi Jinping: The Governance of China III">',
    );
    expect(html).toContain(`<meta property="og:image" content="${SITE}/og/cybersecurity.png">`);
    // The speech is described once, as a Chapter of the book, on /speech/; a section page says it is about it.
    expect(html).toMatch(/"@type":"WebPage".*"about":\{"@id":"[^"]*\/speech\/#speech"\}/u);
    expect(page('/speech/')).toContain('"@type":"Chapter"');
  });
});
