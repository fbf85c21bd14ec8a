import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Every .ts file and .astro frontmatter below a folder, by path. */
function sources(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.(ts|astro)$/u.test(entry.name)) continue;
    const text = readFileSync(path, 'utf8');
    files.set(path, path.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '') : text);
  }
  return files;
}

/** The files each file imports, type-only imports included: a cycle through types is still a cycle. */
function importGraph(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const resolve = (from: string, specifier: string) => {
    const base = normalize(join(dirname(from), specifier));
    return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => files.has(path));
  };
  return new Map(
    [...files].map(([path, text]) => [
      path,
      ts
        .preProcessFile(text, true, true)
        .importedFiles.filter((file) => file.fileName.startsWith('.'))
        .flatMap((file) => resolve(path, file.fileName) ?? []),
    ]),
  );
}

/** The groups of files below a folder that import one another in a circle (Tarjan's components). */
export function importCycles(dir: string): string[][] {
  const graph = importGraph(sources(dir));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.size - 1);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const group = stack.splice(stack.indexOf(file));
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
