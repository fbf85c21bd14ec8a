import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, pageCsp } from '../../lib/security/headersFile';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );

/** After the build, writes `dist/_headers` with each page's Content-Security-Policy (see headersFile.ts). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).flatMap((file) => {
          const csp = pageCsp(readFileSync(file, 'utf8'));
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/u, '');
          return csp ? [{ path, csp }] : [];
        });
        writeFileSync(
          join(root, '_headers'),
          headersFile(pages.sort((a, b) => a.path.localeCompare(b.path))),
        );
      },
    },
  };
}
