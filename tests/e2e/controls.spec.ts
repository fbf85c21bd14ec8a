import { expect, test } from '@playwright/test';

/** Controls that say what they do and stand clear of the words (issue 23, item 12). */

test('on a wide screen the paragraph tools shown on hover stand under the ¶ number, not over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/speech/cybersecurity/');
  await page.locator('#p4-2').hover();
  const tools = page.locator('#p4 .paragraph-tools');
  await expect(tools).toHaveCSS('opacity', '1');
  const [number, box] = await Promise.all([
    page.locator('#p4 .paragraph-number').boundingBox(),
    tools.boundingBox(),
  ]);
  expect(number && box && box.y).toBeGreaterThanOrEqual((number?.y ?? 0) + (number?.height ?? 0));
});

for (const width of [390, 1440]) {
  test(`at ${width} px a sentence's "#" never reaches the next sentence's first letter`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/speech/');
    const gaps = await page.locator('.sentence-link').evaluateAll((links) =>
      links.flatMap((link) => {
        const glyph = document.createRange();
        glyph.selectNodeContents(link);
        const mark = glyph.getBoundingClientRect();
        // The first letter after the sentence, when it stands on the same line.
        const next = link.parentElement?.nextElementSibling;
        const walker = next && document.createTreeWalker(next, NodeFilter.SHOW_TEXT);
        const text = walker?.nextNode();
        if (!(text instanceof Text) || text.data.length === 0) return [];
        const letter = document.createRange();
        letter.setStart(text, 0);
        letter.setEnd(text, 1);
        const first = letter.getBoundingClientRect();
        const sameLine = first.top < mark.bottom && mark.top < first.bottom;
        return sameLine ? [{ id: link.getAttribute('href'), gap: first.left - mark.right }] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(20);
    expect(gaps.filter(({ gap }) => gap < 1)).toEqual([]);
  });
}

test('the commentary option says what ticking it does: the commentary is offered, closed', async ({
  page,
}) => {
  await page.goto('/speech/cybersecurity/');
  const option = page.getByRole('checkbox', { name: 'Offer commentary' });
  await expect(option).toBeChecked();
  await expect(page.locator('#commentary-4 summary')).toBeVisible();
  await expect(page.locator('#commentary-4')).not.toHaveAttribute('open');
});

test('the colour-scheme toggle is pressed exactly when the dark scheme is in force, and looks it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: 'Dark scheme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const look = () => toggle.evaluate((button) => getComputedStyle(button).borderColor);
  const pressed = await look();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await look()).not.toBe(pressed);
});

for (const width of [390, 1440]) {
  test(`at ${width} px the concordance's words are links that look like links, as the speech writes them, with 24 px targets`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/concordance/');
    const chart = page.getByRole('region', { name: 'Most frequent words' });
    const rows = await chart.locator('svg a').evaluateAll((links) => {
      const accent = getComputedStyle(document.querySelector('main a:not(svg a)') ?? document.body).color;
      return links.map((link) => {
        const label = link.querySelector('.bar-chart-label');
        link.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = link.getBoundingClientRect();
        // The row's blank end, right of its number: the link must take a click there too.
        const hit = document.elementFromPoint(box.right - 2, box.top + box.height / 2);
        return {
          text: label?.textContent?.trim(),
          looksLikeLink:
            !!label &&
            getComputedStyle(label).fill === accent &&
            getComputedStyle(label).textDecorationLine.includes('underline'),
          height: box.height,
          takesClick: !!hit && link.contains(hit),
        };
      });
    });
    expect(rows.length).toBe(25);
    const texts = rows.map((row) => row.text);
    expect(texts).toContain('Chinese');
    expect(texts).not.toContain('chinese');
    for (const row of rows) {
      expect(row.looksLikeLink, row.text).toBe(true);
      expect(row.height, row.text).toBeGreaterThanOrEqual(24);
      expect(row.takesClick, row.text).toBe(true);
    }
  });
}
