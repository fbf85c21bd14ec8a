import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionAnchorId } from '../../src/lib/contract';
import { builtPage, distDir } from '../support/builtSite';
import { changes, EDITION_CITED as citedAs, version, versionDay as day } from '../support/editionVersion';

const built = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe('the edition’s version, wherever it is published', () => {
  it('is the version package.json gives, with its date from content/changes.yaml', () => {
    expect(
      changes.map((change) => change.version),
      'content/changes.yaml',
    ).toContain(version);
    expect(day).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/u);
  });

  it('is shown on the About page, and every citation there names it', () => {
    const about = builtPage('about');
    expect(about).toContain(`This is version ${version} of the edition`);
    // Chicago, MLA, APA and BibTeX, each naming the version cited.
    expect(about.split(citedAs).length - 1).toBeGreaterThanOrEqual(5);
  });

  it('is in /speech.json and in the RIS records', () => {
    const json = JSON.parse(built('speech.json')) as { edition: { version: string; citedAs: string } };
    expect(json.edition).toMatchObject({ version, citedAs });
    expect(built('cite/speech.ris')).toContain(`ET  - ${citedAs}\r\n`);
    expect(built('cite/p4.ris')).toContain(`ET  - ${citedAs}\r\n`);
  });

  it('heads the changes page, which lists every version', () => {
    const page = builtPage('changes');
    for (const change of changes) expect(page).toContain(`id="${versionAnchorId(change.version)}"`);
    expect(page).toContain('this version');
  });

  it('travels to the cite panel and the quote toolbar with every page', () => {
    expect(builtPage('speech/cybersecurity')).toContain(`"edition":"${citedAs}"`);
  });
});
