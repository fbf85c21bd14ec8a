/**
 * Scale: the same engine on synthetic content ten and a hundred times the speech (bench/syntheticContent.ts),
 * built in a throwaway copy of the project so the real content/ and dist/ are never touched. Reports the
 * build time (the faster of two cold builds) and the size of the search index, with what each added
 * section costs.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './buildSite.ts';
import {
  type ContentFile,
  multiplyCommentary,
  multiplySections,
  paragraphCount,
} from './syntheticContent.ts';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];
// Build caches stay out of the copy's node_modules, so each build is cold and the real project's are untouched.
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

export interface ScaleFigures {
  factor: number;
  sections: number;
  paragraphs: number;
  pages: number;
  buildSeconds: number;
  /** Processor seconds of the build's processes together: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  indexBytes: number;
}

/** Bytes of the search index proper (metadata, word index, fragments, filters), not Pagefind's fixed code. */
async function indexBytes(pagefindDir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(pagefindDir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && /\.pf_(meta|index|fragment|filter)$/u.test(entry.name))
      total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

/** Rewrites a content folder with what `make` returns for its files; returns the new files. */
async function replaceFiles(
  dir: string,
  make: (files: ContentFile[]) => ContentFile[],
): Promise<ContentFile[]> {
  const files = await Promise.all(
    (await readdir(dir)).map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
  await rm(dir, { recursive: true });
  await mkdir(dir);
  const made = make(files);
  for (const file of made) await writeFile(join(dir, file.name), file.text);
  return made;
}

/** A copy of the project whose speech is the real one repeated `factor` times; only its content/ differs. */
async function syntheticProject(root: string, factor: number): Promise<{ copy: string; paragraphs: number }> {
  const copy = await mkdtemp(join(tmpdir(), `edition-x${factor}-`));
  for (const name of PROJECT_FILES) await cp(join(root, name), join(copy, name), { recursive: true });
  await mkdir(join(copy, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules')))
    if (!CACHES.has(name)) await symlink(join(root, 'node_modules', name), join(copy, 'node_modules', name));

  const sections = await replaceFiles(join(copy, 'content', 'sections'), (files) =>
    multiplySections(files, factor),
  );
  const realParagraphs = paragraphCount(sections) / factor;
  await replaceFiles(join(copy, 'content', 'commentary'), (files) =>
    multiplyCommentary(files, factor, realParagraphs),
  );
  return { copy, paragraphs: paragraphCount(sections) };
}

/** Builds the site at each factor (1 is the real speech, built the same way) and measures it. */
export async function measureScale(root: string, factors: readonly number[]): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const factor of factors) {
    const { copy, paragraphs } = await syntheticProject(root, factor);
    try {
      // The faster of two cold builds: the machine is shared, and interference only ever adds time.
      const builds = [await buildSite(copy), await buildSite(copy)];
      const buildSeconds = Math.min(...builds.map((b) => b.wallSeconds));
      const cpuSeconds = Math.min(...builds.map((b) => b.cpuSeconds));
      const dist = join(copy, 'dist');
      const entries = await readdir(dist, { recursive: true });
      figures.push({
        factor,
        sections: (await readdir(join(copy, 'content', 'sections'))).length,
        paragraphs,
        pages: entries.filter((name) => name.endsWith('.html')).length,
        buildSeconds,
        cpuSeconds,
        indexBytes: await indexBytes(join(dist, 'pagefind')),
      });
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }
  return figures;
}
