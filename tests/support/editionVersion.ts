import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { repoPath } from './paths';

/** The version package.json gives, as the tests expect to find it published. */
export const version = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string })
  .version;

/** content/changes.yaml as written, read independently of the site's own code. */
export const changes = parse(readFileSync(repoPath('content/changes.yaml'), 'utf8')) as {
  version: string;
  date: string;
  changes: string[];
}[];

const current = changes.find((change) => change.version === version);

/** The day the current version was published, as prose writes it: "2 December 2026". */
export const versionDay =
  current &&
  new Date(current.date).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** How every citation names the edition cited. */
export const EDITION_CITED = `Annotated edition, version ${version}, ${versionDay}`;
