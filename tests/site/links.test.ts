import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from 'linkinator';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/build/siteUrl';
import { distDir } from '../support/builtSite';

/**
 * Every internal link and #fragment of the built site, checked by linkinator (a maintained checker that
 * serves dist/ itself). Links to other sites are skipped: the machines that build this have no internet.
 */
const PORT = 4599;
const SERVER = `http://127.0.0.1:${PORT}/`;

async function brokenLinks(root: string): Promise<string[]> {
  const result = await check({
    path: root,
    port: PORT,
    recurse: true,
    checkFragments: true,
    // Canonical and preview links are absolute when the site's address is known: check them here too.
    urlRewriteExpressions: SITE_URL
      ? [
          {
            pattern: new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'),
            replacement: SERVER,
          },
        ]
      : [],
    linksToSkip: async (link) => /^https?:\/\//u.test(link) && !link.startsWith(SERVER),
  });
  return result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.parent ?? ''} -> ${link.url}`);
}

describe('links in the built site', () => {
  const copy = mkdtempSync(join(tmpdir(), 'dist-broken-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('resolves every internal link to a page and every #fragment to an element', async () => {
    expect(await brokenLinks(distDir)).toEqual([]);
  });

  it('reports a link to a missing paragraph and to a missing page', async () => {
    cpSync(distDir, copy, { recursive: true });
    const home = join(copy, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        '<main',
        '<a href="/speech/cybersecurity/#p99">x</a><a href="/gone/">y</a><main',
      ),
    );
    const broken = await brokenLinks(copy);
    expect(broken.some((link) => link.endsWith('/speech/cybersecurity/#p99'))).toBe(true);
    expect(broken.some((link) => link.endsWith('/gone/'))).toBe(true);
  });
});
