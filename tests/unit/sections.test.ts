import { describe, expect, it } from 'vitest';
import {
  contentsWindow,
  paragraphRange,
  placeSections,
  type SectionContent,
} from '../../src/lib/speech/sections';

const entry = (id: string, order: number, paragraphs: number[]): SectionContent => ({
  id,
  data: { title: `Title ${order}`, order, summary: 'A summary.', paragraphs, passages: [] },
});

const three = [entry('02-middle', 2, [2, 3]), entry('01-first', 1, [1]), entry('03-last', 3, [4])];

describe('placeSections', () => {
  it('orders sections and derives each slug and file from the file name', () => {
    expect(placeSections(three).map((s) => [s.slug, s.file, s.content.data.order])).toEqual([
      ['first', 'content/sections/01-first.mdx', 1],
      ['middle', 'content/sections/02-middle.mdx', 2],
      ['last', 'content/sections/03-last.mdx', 3],
    ]);
  });

  it('accepts a longer prefix once there are more than 99 sections', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      entry(`${String(i + 1).padStart(i + 1 > 99 ? 3 : 2, '0')}-part-${i + 1}`, i + 1, [i + 1]),
    );
    expect(placeSections(many).at(-1)?.slug).toBe('part-100');
  });

  it('rejects a file name without its NN- prefix', () => {
    expect(() => placeSections([entry('first', 1, [1])])).toThrow(
      'Section file "first.mdx" must be named NN-slug.mdx, e.g. 03-cybersecurity.mdx.',
    );
  });

  it('rejects an order that differs from the file prefix', () => {
    expect(() => placeSections([entry('02-first', 1, [1])])).toThrow(/"02-first.mdx" has order 1/u);
  });

  it('rejects sections that skip or repeat a paragraph', () => {
    expect(() => placeSections([entry('01-a', 1, [1]), entry('02-b', 2, [3])])).toThrow(
      'The sections hold paragraphs [1, 3]; they must hold [1, 2, 3], each once, in order.',
    );
    expect(() => placeSections([entry('01-a', 1, [1, 2]), entry('02-b', 2, [2])])).toThrow(
      'The sections hold paragraphs [1, 2, 2]; they must hold [1, 2], each once, in order.',
    );
  });
});

describe('paragraphRange', () => {
  it('labels one paragraph, two, or a longer run without repeating the middle', () => {
    expect([paragraphRange([4]), paragraphRange([1, 2]), paragraphRange([1, 2, 3])]).toEqual([
      '¶4',
      '¶1–2',
      '¶1–3',
    ]);
    expect(paragraphRange([1, 2, 3, 4, 5, 6, 7, 8, 9], 'prose')).toBe('¶1 to ¶9');
    expect(paragraphRange([])).toBe('');
  });
});

describe('contentsWindow', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ slug: `s${i + 1}`, order: i + 1 }));
  const shape = (entries: ReturnType<typeof contentsWindow<{ slug: string; order: number }>>) =>
    entries.map((e) => ('section' in e ? e.section.order : `-${e.skipped}`));

  it('lists every section of a short text', () => {
    expect(shape(contentsWindow(many(8), 's3'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lists the first, the last and the neighbours of the current section of a long one', () => {
    expect(shape(contentsWindow(many(40), 's20', 25, 2))).toEqual([1, '-16', 18, 19, 20, 21, 22, '-17', 40]);
    expect(shape(contentsWindow(many(40), 's1', 25, 2))).toEqual([1, 2, 3, '-36', 40]);
    expect(shape(contentsWindow(many(40), 's40', 25, 2))).toEqual([1, '-36', 38, 39, 40]);
  });

  it('keeps the same length however long the text', () => {
    expect(contentsWindow(many(100), 's50')).toHaveLength(contentsWindow(many(1000), 's500').length);
  });
});
