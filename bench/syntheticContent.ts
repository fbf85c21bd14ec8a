/**
 * Synthetic content for the scale benchmark: the real sections repeated as one long speech, so the same
 * engine can be timed on ten or a hundred times the text. Copy k (0-based) of every section follows the
 * previous copies: its order, paragraph numbers and themed passages are shifted, its slug gets "-k+1".
 * Each paragraph's commentary is copied with it, since the build fails on a paragraph without one.
 * Nothing here touches the real content/; bench/scale.ts writes the result into a throwaway copy.
 */
export interface ContentFile {
  /** File name: `NN-slug.mdx` for a section, `NN.mdx` for a commentary. */
  name: string;
  text: string;
}

const FILE_NAME = /^(\d+)-([a-z0-9-]+)\.mdx$/u;

/** Replaces every match, failing when there are fewer than `atLeast` (the file is not shaped as expected). */
function shift(
  text: string,
  pattern: RegExp,
  by: (match: string[]) => string,
  atLeast: number,
  what: string,
) {
  let count = 0;
  const result = text.replace(pattern, (...match: string[]) => {
    count += 1;
    return by(match);
  });
  if (count < atLeast) throw new Error(`Synthetic content: no ${what} found to renumber.`);
  return result;
}

/** One copy of one section, renumbered. */
function copySection(
  file: ContentFile,
  copy: number,
  sectionCount: number,
  paragraphCount: number,
  digits: number,
) {
  const match = FILE_NAME.exec(file.name);
  if (!match?.[1] || !match[2]) throw new Error(`Synthetic content: "${file.name}" is not NN-slug.mdx.`);
  const order = Number(match[1]) + copy * sectionCount;
  const offset = copy * paragraphCount;
  const renumber = (n: string) => String(Number(n) + offset);
  let text = shift(file.text, /^order: \d+$/gmu, () => `order: ${order}`, 1, 'order');
  text = shift(
    text,
    /^paragraphs: \[([\d, ]+)\]$/gmu,
    ([, list = '']) =>
      `paragraphs: [${list
        .split(',')
        .map((n) => renumber(n.trim()))
        .join(', ')}]`,
    1,
    'paragraph list',
  );
  text = shift(
    text,
    /at: '(\d+)((?:\.[\d-]+)?)'/gu,
    ([, n = '', rest = '']) => `at: '${renumber(n)}${rest}'`,
    0,
    'passage',
  );
  text = shift(
    text,
    /<Paragraph n=\{(\d+)\}/gu,
    ([, n = '']) => `<Paragraph n={${renumber(n)}}`,
    1,
    'paragraph',
  );
  const slug = copy === 0 ? match[2] : `${match[2]}-${copy + 1}`;
  return { name: `${String(order).padStart(digits, '0')}-${slug}.mdx`, text };
}

const PARAGRAPH_LIST = /^paragraphs: \[([\d, ]+)\]$/mu;

/** How many paragraphs the sections hold: the highest paragraph number any of them lists. */
export function paragraphCount(files: readonly ContentFile[]): number {
  const numbers = files.flatMap((file) => (PARAGRAPH_LIST.exec(file.text)?.[1] ?? '').split(',').map(Number));
  return Math.max(0, ...numbers.filter(Number.isFinite));
}

/** The sections of a speech repeated `factor` times, in order: content only, no source code touched. */
export function multiplySections(files: readonly ContentFile[], factor: number): ContentFile[] {
  const paragraphs = paragraphCount(files);
  const digits = Math.max(2, String(files.length * factor).length);
  const ordered = [...files].sort((a, b) => a.name.localeCompare(b.name));
  return Array.from({ length: factor }, (_, copy) =>
    ordered.map((file) => copySection(file, copy, files.length, paragraphs, digits)),
  ).flat();
}

const COMMENTARY_NAME = /^\d+\.mdx$/u;

/**
 * The commentary files repeated `factor` times, copy k commenting on the paragraphs of section copy k.
 * `paragraphs` is the real speech's count, as `paragraphCount` reads it from the sections.
 */
export function multiplyCommentary(
  files: readonly ContentFile[],
  factor: number,
  paragraphs: number,
): ContentFile[] {
  const digits = Math.max(2, String(paragraphs * factor).length);
  return Array.from({ length: factor }, (_, copy) =>
    files.map((file) => {
      if (!COMMENTARY_NAME.test(file.name))
        throw new Error(`Synthetic content: "${file.name}" is not NN.mdx.`);
      let number = 0;
      const text = shift(
        file.text,
        /^paragraph: (\d+)$/mu,
        ([, n = '']) => {
          number = Number(n) + copy * paragraphs;
          return `paragraph: ${number}`;
        },
        1,
        'commented paragraph',
      );
      return { name: `${String(number).padStart(digits, '0')}.mdx`, text };
    }),
  ).flat();
}
