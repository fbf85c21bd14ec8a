import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPaths } from './pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has no WCAG A or AA violation in the ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const violations: string[] = [];
    for (const path of allPaths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) {
        violations.push(
          `${path}: ${violation.id} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
        );
      }
    }
    expect(violations).toEqual([]);
  });
}
