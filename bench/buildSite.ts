/**
 * A full build as `npm run build` does it (Astro, whose last step is Pagefind's index), from cold: the output and
 * Astro's content cache are removed first. Resolves with the wall-clock seconds it took and the processor
 * seconds it used (its processes together), which other work on a shared machine disturbs far less.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`)),
    );
  });
}

/**
 * Processor seconds used so far by this process's finished children and theirs (Linux: the cutime and
 * cstime fields of /proc/self/stat, in clock ticks of 1/100 s).
 */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", field 16 (cutime) and 17 (cstime) of proc(5) are at offsets 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** What the build logs of each download it made: its name and the seconds it took (src/lib/downloads/files.ts). */
const DOWNLOAD_LOG = /Downloads: (\S+) made in ([\d.]+) s/gu;

export async function buildSite(
  root: string,
): Promise<{ wallSeconds: number; cpuSeconds: number; downloadSeconds: Map<string, number> }> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rm(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const output = await run(bin('astro'), ['build'], root);
  return {
    wallSeconds: (performance.now() - start) / 1000,
    cpuSeconds: childrenCpuSeconds() - cpuBefore,
    downloadSeconds: new Map([...output.matchAll(DOWNLOAD_LOG)].map(([, name = '', s]) => [name, Number(s)])),
  };
}
