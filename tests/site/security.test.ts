import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../src/lib/security/headersFile';
import { builtPages, distDir } from '../support/builtSite';

const pages = builtPages();
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? '';

describe('security of the built pages', () => {
  it('gives every page a Content-Security-Policy whose scripts need no unsafe-inline', () => {
    const problems = pages.flatMap(([path, html]) => {
      const csp = pageCsp(html);
      if (!csp) return [`${path}: no CSP meta tag`];
      const scripts = directive(csp, 'script-src');
      return [
        ...(directive(csp, 'default-src') === "default-src 'self'"
          ? []
          : [`${path}: default-src is not 'self'`]),
        ...(scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")
          ? [`${path}: ${scripts}`]
          : []),
        ...(scripts.includes("'wasm-unsafe-eval'") ? [] : [`${path}: search needs 'wasm-unsafe-eval'`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('hashes every inline script a page runs', async () => {
    const { createHash } = await import('node:crypto');
    const problems = pages.flatMap(([path, html]) => {
      const csp = pageCsp(html) ?? '';
      const tree = unified().use(rehypeParse).parse(html);
      return selectAll('script:not([src])', tree)
        .filter((script) => !String(script.properties['type'] ?? '').includes('json'))
        .map((script) => (script.children[0]?.type === 'text' ? script.children[0].value : ''))
        .filter((code) => !csp.includes(`'sha256-${createHash('sha256').update(code).digest('base64')}'`))
        .map((code) => `${path}: unhashed inline script ${code.slice(0, 40)}`);
    });
    expect(problems).toEqual([]);
  });

  it('has no inline event handler attributes', () => {
    const handlers = pages.flatMap(([path, html]) =>
      [...html.matchAll(/<[^>]+\son[a-z]+=/giu)].map((match) => `${path}: ${match[0].slice(0, 60)}`),
    );
    expect(handlers).toEqual([]);
  });

  it('lets a page register the service worker from the site itself, and from nowhere else', () => {
    // CSP Level 3: worker-src falls back to child-src, then to script-src, then to default-src.
    const workerSources = (csp: string) =>
      ['worker-src', 'child-src', 'script-src', 'default-src']
        .map((name) => directive(csp, name))
        .find(Boolean)
        ?.split(/\s+/u)
        .slice(1)
        .filter((source) => !source.startsWith("'sha256-") && source !== "'wasm-unsafe-eval'");
    const problems = pages.flatMap(([path, html]) => {
      const sources = workerSources(pageCsp(html) ?? '');
      return sources?.join(' ') === "'self'" ? [] : [`${path}: workers from ${sources?.join(' ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('sends the same policy as a header for hosts that read _headers, adding frame-ancestors', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    for (const [path, html] of pages) {
      const csp = (pageCsp(html) ?? '').trim().replace(/;$/u, '');
      expect(headers).toContain(`${path}\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
    }
    expect(headers.startsWith('/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
  });
});
