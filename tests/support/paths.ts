import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReferenceText } from './referenceText.ts';

/** Absolute path of a file in the repository, from a path relative to its root. */
export const repoPath = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const readRepoFile = (relative: string) => readFileSync(repoPath(relative), 'utf8');

/** The project's own copy of the official text, parsed. */
export const reference = parseReferenceText(
  readRepoFile('content/source/enhance-cyber-capabilities-through-innovation.txt'),
);
