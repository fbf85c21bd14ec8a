import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allPaths, sweep, visit } from './pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One test per page and scheme, so that no single test's time grows with the number of pages.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of allPaths) {
    sweep(`${path} has no WCAG A or AA violation in the ${scheme} scheme`, async ({ sweepPage: page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (violation) =>
          `${path}: ${violation.id} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      );
      expect(violations).toEqual([]);
    });
  }
}

// axe files these under best practices rather than WCAG: one main, unique landmarks, nothing outside a
// landmark, one h1 and no skipped heading level. The structure is the same in both schemes.
const STRUCTURE_RULES = [
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-complementary-is-top-level',
  'region',
  'page-has-heading-one',
  'heading-order',
];

for (const path of allPaths) {
  sweep(`${path} has its landmarks and headings in order`, async ({ sweepPage: page }) => {
    await visit(page, path);
    const results = await new AxeBuilder({ page }).withRules(STRUCTURE_RULES).analyze();
    const problems = results.violations.map(
      (violation) =>
        `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
    expect(problems).toEqual([]);
  });
}

/** States that only show after an action: marks, highlights, open notes, results, Chinese originals. */
const STATES: { name: string; path: string; phone?: boolean; act?: (page: Page) => Promise<void> }[] = [
  {
    name: 'search marks and a targeted sentence',
    path: '/speech/cybersecurity/?highlight=cybersecurity#p4-2',
    act: async (page) => {
      await expect(page.locator('mark.search-match').first()).toBeVisible();
    },
  },
  {
    name: 'Chinese originals shown',
    path: '/speech/cybersecurity/',
    act: async (page) => {
      await page.getByRole('checkbox', { name: 'Show Chinese originals' }).check();
    },
  },
  {
    name: 'a note opened on a phone',
    path: '/speech/cybersecurity/',
    phone: true,
    act: async (page) => {
      await page.locator('#p4-r1').click();
      await expect(page.locator('#p4-n1')).toBeVisible();
    },
  },
  {
    name: 'header search results',
    path: '/about/',
    act: async (page) => {
      await page.getByRole('banner').getByRole('searchbox').fill('cybersecurity');
      await expect(page.locator('a.search-hit').first()).toBeVisible();
    },
  },
  {
    name: 'the quote toolbar after copying a quote',
    path: '/speech/cybersecurity/',
    act: async (page) => {
      await page.locator('#p4-3').evaluate((sentence) => {
        const range = document.createRange();
        range.selectNodeContents(sentence);
        getSelection()?.addRange(range);
      });
      await page
        .getByRole('toolbar', { name: 'Quote the selected words' })
        .getByRole('button', { name: 'Copy link' })
        .click();
    },
  },
  {
    name: 'the quote toolbar on a phone',
    path: '/speech/cybersecurity/',
    phone: true,
    act: async (page) => {
      await page.locator('#p4-3').evaluate((sentence) => {
        const range = document.createRange();
        range.selectNodeContents(sentence);
        getSelection()?.addRange(range);
      });
      await expect(page.getByRole('toolbar', { name: 'Quote the selected words' })).toBeVisible();
    },
  },
  {
    name: 'a spelling suggestion in the header',
    path: '/about/',
    act: async (page) => {
      await page.getByRole('banner').getByRole('searchbox').fill('cybersecuirty');
      await expect(page.locator('.search-help')).toBeVisible();
    },
  },
  {
    name: 'the filters open on a phone',
    path: '/search/?q=talent',
    phone: true,
    act: async (page) => {
      await page.locator('details.search-filters > summary').click();
      await expect(page.getByRole('checkbox', { name: /^Speech/u })).toBeVisible();
    },
  },
  {
    name: 'search page results',
    path: '/search/?q=digital+economy',
    act: async (page) => {
      await expect(page.locator('a.search-hit').first()).toBeVisible();
    },
  },
  {
    name: 'the cite dialog on a section page, citing the section',
    path: '/speech/opportunities-and-achievements/',
    act: async (page) => {
      await page.getByRole('button', { name: 'Cite this speech' }).click();
      await page.getByRole('radio', { name: /^this section/u }).check();
      await expect(page.getByRole('dialog').locator('.cite-text i').first()).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const state of STATES) {
    test(`no WCAG A or AA violation with ${state.name}, ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      if (state.phone) await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(state.path);
      await state.act?.(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
      ).toEqual([]);
    });
  }
}
