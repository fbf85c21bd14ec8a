import { SEMVER, type ChangeData } from '../schemas';
import { partialDateLabel } from '../text/dates';

/** One version of the edition: what a citation names, and what changed in it. */
export interface EditionVersion {
  /** "0.3.0". */
  number: string;
  /** ISO day it was published. */
  date: string;
  /** "2 December 2026". */
  dateLabel: string;
  /** How citations name the edition cited: "Annotated edition, version 0.3.0, 2 December 2026". */
  citedAs: string;
  changes: readonly string[];
}

const parts = (version: string) => (SEMVER.exec(version) ?? []).slice(1).map(Number);

/** Orders versions newest first, by number (0.10.0 after 0.9.0). */
function newestFirst(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
}

/**
 * The edition's versions from `content/changes.yaml`, newest first, and the current one: the version
 * `package.json` gives, which must have an entry. An entry newer than the current version, or a version
 * dated before an older one, fails, naming the file and version.
 */
export function editionVersions(
  changes: readonly ChangeData[],
  current: string,
  file: string,
): { version: EditionVersion; versions: EditionVersion[] } {
  const versions = [...changes]
    .sort((a, b) => newestFirst(a.version, b.version))
    .map((change) => {
      const dateLabel = partialDateLabel(change.date);
      return {
        number: change.version,
        date: change.date,
        dateLabel,
        citedAs: `Annotated edition, version ${change.version}, ${dateLabel}`,
        changes: change.changes,
      };
    });
  const problems: string[] = [];
  const version = versions.find((v) => v.number === current);
  if (!version) problems.push(`${file} has no entry for version ${current}, the version package.json gives.`);
  for (const v of versions) {
    if (newestFirst(v.number, current) < 0)
      problems.push(`${file}: version ${v.number} is newer than package.json's ${current}.`);
  }
  versions.forEach((v, i) => {
    const older = versions[i + 1];
    if (older && older.date > v.date)
      problems.push(`${file}: version ${v.number} is dated before ${older.number} (field "date").`);
  });
  if (problems.length > 0 || !version)
    throw new Error(`The edition's versions do not fit:\n${problems.join('\n')}`);
  return { version, versions };
}
