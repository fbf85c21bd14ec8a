import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoPath } from './paths';

export const distDir = repoPath('dist');

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error('No built site in dist/: run `npm run build` before the site checks.');
}

/** Every built HTML page as [URL path, HTML], e.g. ["/speech/cybersecurity/", "<!DOCTYPE html>..."]. */
export function builtPages(): [string, string][] {
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = `/${relative(distDir, full)}`.replace(/index\.html$/u, '');
        pages.push([path, readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(distDir);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}

export const builtPage = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
