import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles } from '../support/importCycles';
import { repoPath } from '../support/paths';

describe('imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('run one way through src/: no two modules import each other, even for types', () => {
    expect(importCycles(repoPath('src'))).toEqual([]);
  });

  it('finds a cycle that runs through a type-only import', () => {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
    writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport type B = string;\nc();\n");
    writeFileSync(join(dir, 'c.ts'), "import type { A } from './a';\nexport const c = (a?: A) => a;\n");
    writeFileSync(join(dir, 'd.ts'), "import { c } from './c';\nc();\n");
    expect(importCycles(dir)).toEqual([['a.ts', 'b.ts', 'c.ts'].map((file) => join(dir, file))]);
  });
});
