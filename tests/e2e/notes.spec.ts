import { expect, test, type Page } from '@playwright/test';

const SECTION = '/speech/cybersecurity/';

/** The speaker's words of a paragraph as the page shows them, editorial elements left out. */
const speakerWords = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((paragraph) => {
    const copy = paragraph.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-editorial]').forEach((element) => element.remove());
    return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
  });

test('on a wide screen each note stands in the margin beside the line of its term', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SECTION);
  const mark = page.locator('#p4-r1');
  const note = page.locator('#p4-n1');
  await expect(note).toBeVisible();
  const [markBox, noteBox, textBox] = await Promise.all([
    mark.boundingBox(),
    note.boundingBox(),
    page.locator('#p4 p').boundingBox(),
  ]);
  expect(noteBox && textBox && noteBox.x).toBeGreaterThanOrEqual((textBox?.x ?? 0) + (textBox?.width ?? 0));
  expect(Math.abs((noteBox?.y ?? 0) - (markBox?.y ?? 0))).toBeLessThan(40);
});

test('on the whole speech at 1440 px no hole opens between paragraphs, and a page notes each term once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const path of ['/speech/', '/speech/opportunities-and-achievements/']) {
    await page.goto(path);
    const { gaps, noted } = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('.paragraph > p')].map((p) => p.getBoundingClientRect());
      return {
        // From one paragraph's last line to the next one's first: a commentary and a heading may stand between.
        gaps: texts.slice(1).map((box, i) => box.top - (texts[i]?.bottom ?? 0)),
        noted: [...document.querySelectorAll('.sidenote .sidenote-term')].map((term) => term.textContent),
      };
    });
    expect(gaps.length, path).toBeGreaterThan(0);
    expect(Math.max(...gaps), path).toBeLessThanOrEqual(400);
    expect(noted, path).toEqual([...new Set(noted)]);
  }
});

/**
 * Where each visible note number stands against the words around it: `before` is how far its digits start
 * after the last letter of the word before them (negative when they overlap it), `after` how far the next
 * character starts after them on the same line (null when the line breaks at a space after them), and
 * `sameLine` whether the number shares its line with that word (a number never begins a line).
 */
const markPlacements = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const visible = (node: Node) => {
      const element = node.parentElement;
      return !!element && !element.closest('.sr-only, .sidenote, .term-zh') && element.checkVisibility();
    };
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (visible(walker.currentNode)) textNodes.push(walker.currentNode as Text);
    const charBox = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const marks = [...document.querySelectorAll<HTMLElement>(selector)].filter((m) => m.checkVisibility());
    return marks.map((mark) => {
      const style = getComputedStyle(mark);
      const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
      const digits = {
        left: box.left + parseFloat(style.paddingLeft),
        right: box.right - parseFloat(style.paddingRight),
        top: box.top + parseFloat(style.paddingTop),
        bottom: box.bottom - parseFloat(style.paddingBottom),
      };
      const previous = textNodes.filter(
        (n) => mark.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      const following = textNodes.filter(
        (n) => mark.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING && !mark.contains(n),
      );
      const last = previous.at(-1);
      const next = following[0];
      const lastBox = last && charBox(last, last.data.length - 1);
      const nextBox = next && next.data.length > 0 && !/^\s/u.test(next.data) ? charBox(next, 0) : undefined;
      const sameLine = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) =>
        a.top < b.bottom && b.top < a.bottom;
      return {
        id: mark.id || mark.getAttribute('href'),
        before: lastBox ? digits.left - lastBox.right : 0,
        sameLine: !!lastBox && sameLine(lastBox, digits),
        after: nextBox && sameLine(nextBox, digits) ? nextBox.left - digits.right : null,
        breaksAfter: !!nextBox && !sameLine(nextBox, digits),
      };
    });
  }, selector);

for (const width of [390, 1440]) {
  test(`note numbers at ${width} px sit after their word, never touch the next and never begin a line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [path, selector] of [
      ['/speech/', '.note-ref'],
      ['/introduction/', '.source-mark'],
    ] as const) {
      await page.goto(path);
      const placements = await markPlacements(page, selector);
      expect(placements.length, path).toBeGreaterThan(5);
      for (const mark of placements) {
        expect(mark.sameLine, `${path} ${mark.id}`).toBe(true);
        expect(mark.before, `${path} ${mark.id}`).toBeGreaterThanOrEqual(-0.5);
        expect(mark.breaksAfter, `${path} ${mark.id}`).toBe(false);
        if (mark.after !== null) expect(mark.after, `${path} ${mark.id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });
}

/** The top of each line of a paragraph's words, as the reader sees them (the note itself left out). */
const lineTops = (page: Page, id: string) =>
  page.locator(`#${id} p`).evaluate((p) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (walker.currentNode.parentElement?.closest('.sidenote')) continue;
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      for (const rect of range.getClientRects()) tops.add(Math.round(rect.top + scrollY));
    }
    return [...tops].sort((a, b) => a - b);
  });

test('on a phone a note opens as a popover under its number, and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SECTION);
  const mark = page.locator('#p4-r1');
  const note = page.locator('#p4-n1');
  await expect(note).toBeHidden();
  const lines = await lineTops(page, 'p4');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(new RegExp(`${SECTION}$`, 'u'));
  // The sentence is not cut: its lines stand where they stood, and the note lies over them, under the number.
  expect(await lineTops(page, 'p4')).toEqual(lines);
  const [markBox, noteBox] = await Promise.all([mark.boundingBox(), note.boundingBox()]);
  expect(noteBox && markBox && noteBox.y).toBeGreaterThanOrEqual(
    (markBox?.y ?? 0) + (markBox?.height ?? 0) - 8,
  );
  expect(noteBox && noteBox.x).toBeGreaterThanOrEqual(0);
  expect(noteBox && noteBox.x + noteBox.width).toBeLessThanOrEqual(390);
  // The note follows its mark in the page: Tab reaches its links next.
  await page.keyboard.press('Tab');
  await expect(note.getByRole('link', { name: /Glossary entry/u })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(note).toBeHidden();
  await page.keyboard.press('Enter');
  await note.getByRole('link', { name: 'Back to the text' }).focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeHidden();
  await expect(mark).toBeFocused();
});

test('without JavaScript a note mark opens its note as a sheet at the foot of the screen', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto(SECTION);
  await expect(page.locator('#p4-n1')).toBeHidden();
  const lines = await lineTops(page, 'p4');
  await page.locator('#p4-r1').click();
  const note = page.locator('#p4-n1');
  await expect(note).toBeVisible();
  expect(await lineTops(page, 'p4')).toEqual(lines);
  const box = await note.boundingBox();
  expect(box && Math.round(box.y + box.height)).toBe(844);
  await context.close();
});

for (const width of [390, 1440]) {
  test(`at ${width} px a term's Chinese stays on one line, after the number of the English term`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/speech/');
    await page.getByRole('checkbox', { name: 'Show Chinese originals' }).check();
    const terms = await page.locator('.term-zh').evaluateAll((elements) =>
      elements.map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        // The term's number, when it has one, and where the Chinese starts: after it on its line, or on the next.
        const mark = element.previousElementSibling?.previousElementSibling;
        const number = mark?.matches('.note-ref') ? mark.getBoundingClientRect() : undefined;
        const start = range.getClientRects()[0];
        return {
          text: element.textContent,
          lines: tops.size,
          afterNumber: !number || !start || start.top >= number.bottom || start.left >= number.left,
        };
      }),
    );
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.filter((term) => term.lines !== 1 || !term.afterNumber)).toEqual([]);
    const placements = await markPlacements(page, '.note-ref');
    // The line may break at the space before the Chinese, never before the number.
    expect(placements.filter((mark) => !mark.sameLine)).toEqual([]);
  });
}

test('in print the notes become numbered footnotes after the text', async ({ page }) => {
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidenote').first()).toBeHidden();
  const marks = await page.locator('.note-ref').count();
  const footnotes = page.locator('.print-notes li');
  await expect(footnotes).toHaveCount(marks);
  await expect(footnotes.first()).toBeVisible();
  await expect(footnotes.first()).toHaveText(
    /^national security 国家安全 .+\. .+ \(¶4; http:\/\/[^ ]+\/glossary\/national-security\/\)$/u,
  );
  await expect(page.locator('.print-notes')).not.toContainText('Back to the text');
  await expect(page.locator('#p4-r1')).toBeVisible();
});

test('in print without JavaScript each note stands in brackets where it is', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SECTION);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#p4-n1')).toBeVisible();
  await expect(page.locator('#p4-n1 .sidenote-back')).toBeHidden();
  await expect(page.locator('#p4-r1')).toBeHidden();
  await context.close();
});

test('the reader can hide every note, and show the Chinese without altering the speaker’s words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(SECTION);
  const before = await speakerWords(page, 'p4');
  await expect(page.locator('.term-zh').first()).toBeHidden();
  await page.getByRole('checkbox', { name: 'Show Chinese originals' }).check();
  await expect(page.locator('#p4 .term-zh', { hasText: '关键信息基础设施' }).first()).toBeVisible();
  expect(await speakerWords(page, 'p4')).toBe(before);
  await page.getByRole('checkbox', { name: 'Show notes' }).uncheck();
  await expect(page.locator('.sidenote').first()).toBeHidden();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show notes' })).not.toBeChecked();
  await expect(page.locator('#p4 .term-zh').first()).toBeVisible();
});

test('a glossary entry lists its uses and each lands on its paragraph', async ({ page }) => {
  await page.goto('/glossary/critical-information-infrastructure/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('critical information infrastructure');
  await expect(page.locator('[lang="zh-Hans"]').first()).toHaveText('关键信息基础设施');
  const uses = page.getByRole('region', { name: /In the speech/u }).getByRole('link', { name: '¶4' });
  await uses.first().click();
  await expect(page).toHaveURL(/\/speech\/cybersecurity\/#p4$/u);
  await expect(page.locator('#p4')).toBeInViewport();
  await expect(page.locator('#p4:target')).toBeVisible();
});

test('every term in the text links to its glossary entry', async ({ page }) => {
  await page.goto(SECTION);
  const link = page.locator('#p4 a.term').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href ?? 'none'}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
