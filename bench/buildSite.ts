/**
 * A full build as `npm run build` does it (Astro, whose last step is Pagefind's index), from cold: the output and
 * Astro's content cache are removed first. Resolves with the wall-clock seconds it took.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`)),
    );
  });
}

export async function buildSite(root: string): Promise<number> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rm(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const start = performance.now();
  await run(bin('astro'), ['build'], root);
  return (performance.now() - start) / 1000;
}
