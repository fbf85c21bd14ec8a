import { expect, test } from '@playwright/test';
import { qualityQueries, rankOf, searchPageResults } from '../support/searchQuality';

test.describe('the search quality set', () => {
  test.describe.configure({ timeout: 120_000 });

  // One test per kind of query, each running its queries in one page, so a miss names its kind.
  const kinds = [...new Set(qualityQueries.map((entry) => entry.kind))];
  for (const kind of kinds)
    test(`every ${kind} query finds its place in the top 3`, async ({ page }) => {
      await page.goto('/search/');
      const missed: string[] = [];
      for (const { query, finds } of qualityQueries.filter((entry) => entry.kind === kind)) {
        const hrefs = await searchPageResults(page, query);
        const rank = rankOf(hrefs, finds);
        if (rank === undefined || rank > 3)
          missed.push(
            `“${query}” → ${finds}: ${rank ? `rank ${rank}` : 'not found'} (${hrefs.slice(0, 3).join(' ')})`,
          );
      }
      expect(missed).toEqual([]);
    });
});
