import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/model/buildEdition';
import { editionVersions } from '../../src/lib/model/versions';
import { changeSchema } from '../../src/lib/schemas';
import { fixture } from '../support/editionFixture';

const change = (version: string, date: string) =>
  changeSchema.parse({ version, date, changes: [`What changed in ${version}.`] });
const FILE = 'content/changes.yaml';

describe('the edition’s versions', () => {
  it('names the current version with its date, as citations cite it, and lists versions newest first', () => {
    const { version, versions } = editionVersions(
      [change('0.9.0', '2026-11-01'), change('0.10.0', '2026-12-01'), change('0.10.1', '2026-12-02')],
      '0.10.1',
      FILE,
    );
    expect(version.citedAs).toBe('Annotated edition, version 0.10.1, 2 December 2026');
    expect(versions.map((v) => v.number)).toEqual(['0.10.1', '0.10.0', '0.9.0']);
  });

  it('fails, naming the file, when package.json’s version has no entry', () => {
    expect(() => editionVersions([change('0.1.0', '2026-11-27')], '0.2.0', FILE)).toThrow(
      'content/changes.yaml has no entry for version 0.2.0, the version package.json gives.',
    );
    expect(() => buildEdition({ ...fixture, version: '9.9.9' })).toThrow('no entry for version 9.9.9');
  });

  it('fails on an entry newer than the current version, or dated before an older version', () => {
    expect(() =>
      editionVersions([change('0.1.0', '2026-11-27'), change('0.2.0', '2026-12-01')], '0.1.0', FILE),
    ).toThrow("version 0.2.0 is newer than package.json's 0.1.0");
    expect(() =>
      editionVersions([change('0.1.0', '2026-11-27'), change('0.2.0', '2026-11-01')], '0.2.0', FILE),
    ).toThrow('version 0.2.0 is dated before 0.1.0');
  });

  it('rejects a version that is not major.minor.patch', () => {
    expect(
      changeSchema.safeParse({ version: '0.3', date: '2026-12-02', changes: ['A change.'] }).success,
    ).toBe(false);
  });
});

describe('this edition’s versions', () => {
  it('has an entry in content/changes.yaml for the version package.json gives', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const changes = (parse(readFileSync(FILE, 'utf8')) as unknown[]).map((item) => changeSchema.parse(item));
    expect(editionVersions(changes, version, FILE).version.number).toBe(version);
  });
});
