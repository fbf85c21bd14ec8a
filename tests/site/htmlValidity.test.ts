import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { repoPath } from '../support/paths';

// .htmlvalidate.json: checkbox groups share a name by design, and long page titles are an SEO hint, not an error.
describe('HTML validity', () => {
  it('builds every page as valid HTML (html-validate, recommended rules)', { timeout: 60_000 }, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader()); // reads .htmlvalidate.json
    const problems: string[] = [];
    for (const [path, html] of builtPages()) {
      const report = await validator.validateString(html, repoPath(`dist${path}`));
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
