import { expect, test, type Page } from '@playwright/test';
import { sectionPaths } from './pages';

/** Whether the page is wider than its viewport (something sticks out sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('the home page leads to the introduction, and every section page links to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Read the editors’ introduction' }).click();
  await expect(page).toHaveURL(/\/introduction\/$/u);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  // Its parts, each linked from the contents, and the notes.
  await expect(page.getByRole('navigation', { name: 'Contents' }).locator('ol > li')).toHaveCount(9);
  // Each section page points to it under its summary, as well as in the site's navigation.
  for (const path of sectionPaths) {
    await page.goto(path);
    await expect(
      page.getByRole('main').getByRole('link', { name: 'introduction', exact: true }),
    ).toHaveAttribute('href', '/introduction/');
  }
  await page.getByRole('main').getByRole('link', { name: 'introduction', exact: true }).click();
  await expect(page).toHaveURL(/\/introduction\/$/u);
});

test('a source note of the introduction opens its note and leads back to the sentence', async ({ page }) => {
  await page.goto('/introduction/');
  const mark = page.locator('#introduction-mark-3');
  await expect(mark).toHaveAccessibleName('Source note 3');
  await mark.click();
  await expect(page).toHaveURL(/#introduction-note-3$/u);
  const note = page.locator('#introduction-note-3');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('CCTV Xinwen Lianbo');
  await note.getByRole('link', { name: 'Back to the place of note 3' }).click();
  await expect(page).toHaveURL(/#introduction-mark-3$/u);
  await expect(mark).toBeInViewport();
});

test('a commentary opens and closes by keyboard, and the reading option hides them all', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  const commentary = page.locator('#commentary-4');
  const summary = commentary.locator('summary');
  const body = commentary.locator('.commentary-body');
  await expect(summary).toHaveText('The editors’ commentary on ¶4');
  await expect(body).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(body).toBeVisible();
  await expect(body).toContainText('Cybersecurity Law');
  await page.keyboard.press('Space');
  await expect(body).toBeHidden();

  const option = page.getByRole('checkbox', { name: 'Offer commentary' });
  await option.focus();
  await page.keyboard.press('Space');
  await expect(commentary).toBeHidden();
  // The choice is remembered on the next page.
  await page.goto('/speech/core-technologies/');
  await expect(page.locator('#commentary-5')).toBeHidden();
  await page.getByRole('checkbox', { name: 'Offer commentary' }).check();
  await expect(page.locator('#commentary-5')).toBeVisible();
});

test('a commentary reached by its address is open, even with commentary hidden', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.getByRole('checkbox', { name: 'Offer commentary' }).uncheck();
  await page.goto('/speech/#commentary-8');
  await expect(page.locator('#commentary-8 .commentary-body')).toBeVisible();
  await expect(page.locator('#commentary-8')).toBeInViewport();
});

test('an open commentary stays readable at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/speech/digital-economy/');
  await page.locator('#commentary-6 summary').click();
  const body = page.locator('#commentary-6 .commentary-body');
  await expect(body).toBeVisible();
  expect(await overflows(page)).toBe(false);
  const box = await body.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  const size = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
  // Its notes name their works in short and link to them in full.
  await body
    .getByRole('link', { name: /^Xinhua 20\d\d$/u })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/#source-/u);
  await expect(page.locator(':target')).toBeInViewport();
});

test('a section page prints its commentary open, unless the reader hid it', async ({ page }) => {
  await page.goto('/speech/cybersecurity/');
  await page.emulateMedia({ media: 'print' });
  const body = page.locator('#commentary-4 .commentary-body');
  await expect(body).toBeVisible();
  expect((await body.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: 'Offer commentary' }).uncheck();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#commentary-4')).toBeHidden();
});

test('a timeline event leads to the paragraphs it bears on, and the chart to the event', async ({ page }) => {
  await page.goto('/timeline/');
  const row = page.locator('#event-cybersecurity-law-adopted');
  await row.getByRole('link', { name: '¶4' }).click();
  await expect(page).toHaveURL(/\/speech\/cybersecurity\/#p4$/u);
  await expect(page.locator('#p4:target')).toBeInViewport();

  await page.goto('/timeline/');
  const chart = page.getByRole('group', { name: 'Timeline of the policy field, 2012 to 2025' });
  await chart.getByRole('link', { name: /Xi speaks to the National Conference/u }).click();
  await expect(page).toHaveURL(/#event-this-speech$/u);
  await expect(page.locator('#event-this-speech')).toBeInViewport();
});

test('on the timeline a comma follows its ¶ link with no space between them', async ({ page }) => {
  await page.goto('/timeline/');
  // Where each link's box ends, where its words end, and where the punctuation after it starts: positions
  // of boxes, not pixels.
  const runs = await page.locator('.event-links dd').evaluateAll((lists) =>
    lists.flatMap((list) =>
      [...list.querySelectorAll('a')].flatMap((link) => {
        const next = link.nextSibling;
        if (!(next instanceof Text) || !/^[,;]/u.test(next.data)) return [];
        const words = document.createRange();
        words.selectNodeContents(link);
        const mark = document.createRange();
        mark.setStart(next, 0);
        mark.setEnd(next, 1);
        // A link may wrap: what counts is its last line, where the punctuation follows it.
        const lastLine = (rects: DOMRectList) => rects[rects.length - 1]?.right ?? Number.NaN;
        return [
          {
            link: link.textContent ?? '',
            box: lastLine(link.getClientRects()),
            words: lastLine(words.getClientRects()),
            mark: mark.getBoundingClientRect().left,
          },
        ];
      }),
    ),
  );
  expect(runs.map((run) => run.link)).toContain('¶2');
  const apart = runs.filter((run) => !(run.box - run.words <= 0.5 && Math.abs(run.mark - run.box) <= 0.5));
  expect(apart).toEqual([]);
});

test('the timeline reads at 375 px: the chart scrolls inside its frame, the table fits', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/timeline/');
  expect(await overflows(page)).toBe(false);
  const table = page.getByRole('table', { name: 'The events of the timeline, earliest first' });
  const box = await table.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
  await expect(page.getByRole('link', { name: 'Skip the chart to the table of events' })).toBeAttached();
});

test('a glossary entry shows the dated lineage of its formulation and the events it relates to', async ({
  page,
}) => {
  await page.goto('/glossary/cyberpower/');
  const lineage = page.getByRole('region', { name: 'Lineage of the formulation' });
  await expect(lineage.locator('li')).not.toHaveCount(0);
  await expect(lineage.locator('time').first()).toHaveAttribute('datetime', '2014-02-27');
  const events = page.getByRole('region', { name: 'On the timeline' });
  await events.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/timeline\/#event-/u);
});

test('search finds the context as a kind of its own, below the speech, landing on what it found', async ({
  page,
}) => {
  await page.goto('/search/?q=treasures');
  const hits = page.locator('main a.search-hit');
  await expect(hits.first()).toBeVisible();
  const places = await hits.locator('.search-hit-place').allTextContents();
  // A speech hit's place is "¶N", after its section's title; a context hit's "Commentary" and the like.
  const lastSpeech = places.findLastIndex((p) => /^¶\d$/u.test(p));
  const firstContext = places.findIndex((p) => /^(Introduction|Commentary|Timeline)$/u.test(p));
  expect(lastSpeech).toBeGreaterThanOrEqual(0);
  expect(firstContext).toBeGreaterThan(lastSpeech);

  await page.goto('/search/?q=ZTE&kind=Context');
  await expect(hits.first()).toBeVisible();
  const hrefs = await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/timeline/#event-zte-export-ban');
  await hits
    .filter({ has: page.locator('.search-hit-place', { hasText: /^Commentary$/u }) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/speech\/[a-z-]+\/#commentary-\d$/u);
  await expect(page.locator(':target .commentary-body')).toBeVisible();
});
