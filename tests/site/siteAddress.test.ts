import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/build/siteUrl';
import { distDir } from '../support/builtSite';
import { repoPath } from '../support/paths';

/** The files a reader or a tool takes away as text: pages, open data, citations, scripts and styles. */
const TEXT_FILE = /\.(html|json|jsonld|csv|ris|txt|xml|js|css)$/u;

/** Every text file of a built site that names "localhost", as paths relative to the site's root. */
function namingLocalhost(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (TEXT_FILE.test(entry.name) && readFileSync(full, 'utf8').includes('localhost'))
        found.push(full.slice(root.length));
    }
  };
  walk(root);
  return found;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('the address the site is built for (issue 23)', () => {
  it('names no localhost anywhere in the built site', () => {
    expect(namingLocalhost(distDir)).toEqual([]);
  });

  it.skipIf(SITE_URL)(
    'without SITE_URL, writes root-relative addresses, no canonical link and no sitemap',
    () => {
      const section = read(distDir, 'speech/cybersecurity/index.html');
      // A canonical link must be absolute; without the public address the page names none.
      expect(section).not.toContain('rel="canonical"');
      expect(section).toContain('data-permalink="/speech/cybersecurity/#p4"');
      expect(read(distDir, 'speech.json')).toContain('"/speech/cybersecurity/#p4"');
      expect(read(distDir, 'cite/p4.ris')).toMatch(/^UR {2}- \/speech\/cybersecurity\/#p4\r?$/mu);
      expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(false);
      expect(read(distDir, 'robots.txt')).not.toContain('Sitemap');
    },
  );

  describe('a build with SITE_URL set', () => {
    const site = 'https://edition.example/';
    const out = mkdtempSync(join(tmpdir(), 'dist-site-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('names that address in canonical links, permalinks, open data and the sitemap, and never localhost', () => {
      const build = spawnSync('npm', ['run', 'build', '--', '--outDir', out], {
        cwd: repoPath('.'),
        env: { ...process.env, SITE_URL: site },
        encoding: 'utf8',
      });
      expect(build.status, build.stderr).toBe(0);
      expect(build.stdout).not.toContain('SITE_URL is unset');
      const section = read(out, 'speech/cybersecurity/index.html');
      expect(section).toContain(`<link rel="canonical" href="${site}speech/cybersecurity/">`);
      expect(section).toContain(`data-permalink="${site}speech/cybersecurity/#p4"`);
      expect(read(out, 'speech.json')).toContain(`"${site}speech/cybersecurity/#p4"`);
      expect(read(out, 'robots.txt')).toContain(`Sitemap: ${site}sitemap-index.xml`);
      expect(read(out, 'sitemap-index.xml')).toContain(site);
      expect(namingLocalhost(out)).toEqual([]);
    }, 300_000);
  });
});
