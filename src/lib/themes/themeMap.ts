import type { ThemePassage } from './passages';

/** One cell of the theme map: how much of a paragraph carries a theme (share of its characters, 0 to 1). */
export interface ThemeCell {
  paragraph: number;
  share: number;
}

/**
 * For each theme, the share of each paragraph its passages cover (overlapping passages counted once),
 * from which the theme map is drawn.
 */
export function themeMatrix(
  passages: readonly ThemePassage[],
  themeIds: readonly string[],
  paragraphLengths: ReadonlyMap<number, number>,
): { themeId: string; cells: ThemeCell[] }[] {
  // Passages by theme and paragraph, so each cell looks only at its own (linear in the speech's length).
  const byCell = new Map<string, ThemePassage[]>();
  for (const p of passages) {
    const key = `${p.themeId}\n${p.paragraph}`;
    const cell = byCell.get(key);
    if (cell) cell.push(p);
    else byCell.set(key, [p]);
  }
  return themeIds.map((themeId) => ({
    themeId,
    cells: [...paragraphLengths].map(([paragraph, length]) => {
      const covered = new Set<number>();
      for (const p of byCell.get(`${themeId}\n${paragraph}`) ?? []) {
        for (let i = p.start; i < p.end; i += 1) covered.add(i);
      }
      return { paragraph, share: length > 0 ? Math.round((covered.size / length) * 100) / 100 : 0 };
    }),
  }));
}

/** A column of the theme map: one paragraph, or in a long text a run of consecutive paragraphs. */
export interface MapColumn {
  from: number;
  to: number;
}

/** The map's columns: one per paragraph, or runs of equal length when there are more than `maxColumns`. */
export function mapColumns(paragraphs: readonly number[], maxColumns = Infinity): MapColumn[] {
  const size = Math.max(1, Math.ceil(paragraphs.length / maxColumns));
  const columns: MapColumn[] = [];
  for (let i = 0; i < paragraphs.length; i += size) {
    const run = paragraphs.slice(i, i + size);
    columns.push({ from: run[0] ?? 0, to: run.at(-1) ?? 0 });
  }
  return columns;
}

/**
 * One theme's cells gathered into the columns: the mean share of the column's paragraphs, and the first
 * paragraph that carries the theme (where the cell links), if any.
 */
export function columnCells(cells: readonly ThemeCell[], columns: readonly MapColumn[]) {
  // Cells and columns both run in paragraph order: one pass over the cells.
  let next = 0;
  return columns.map((column) => {
    const inside: ThemeCell[] = [];
    while (next < cells.length && (cells[next]?.paragraph ?? Infinity) <= column.to) {
      const cell = cells[next];
      if (cell && cell.paragraph >= column.from) inside.push(cell);
      next += 1;
    }
    const total = inside.reduce((sum, cell) => sum + cell.share, 0);
    return {
      column,
      share: inside.length > 0 ? Math.round((total / inside.length) * 100) / 100 : 0,
      target: inside.find((cell) => cell.share > 0)?.paragraph,
    };
  });
}

/** What the theme map draws of a theme: its name, its page and its share of each paragraph. */
export interface MappedTheme {
  name: string;
  href: string;
  coverage: readonly { paragraph: { number: number; href: string }; share: number }[];
}

/** Height of the line above each row that names its theme (names sit above their cells, not beside them). */
const ROW_LABEL = 20;
const TOP = 26;

/**
 * The theme map's drawing, in SVG units: one row per theme, one column per paragraph (or per run of
 * paragraphs past `maxColumns`), each cell's share of the paragraph and the paragraph it links to, and
 * the columns to shade (`highlight`, e.g. the section being read). `description` says how to read it.
 */
export function themeMapLayout(
  themes: readonly MappedTheme[],
  {
    highlight = [],
    maxColumns,
  }: { highlight?: readonly number[] | undefined; maxColumns?: number | undefined } = {},
) {
  const paragraphs = themes[0]?.coverage.map((c) => c.paragraph) ?? [];
  const columns = mapColumns(
    paragraphs.map((p) => p.number),
    maxColumns,
  );
  const href = new Map(paragraphs.map((p) => [p.number, p.href]));
  const onePerParagraph = columns.length === paragraphs.length;
  // Narrow cells and the theme's name above its row: nine columns fit a phone's width (338 units) unscaled.
  const cell = { width: onePerParagraph ? 34 : 64, height: 26, gap: 4 };
  const x = (column: number) => column * (cell.width + cell.gap);
  const y = (row: number) => TOP + ROW_LABEL + row * (ROW_LABEL + cell.height + cell.gap);
  const name = (column: MapColumn) =>
    column.from === column.to ? `¶${column.from}` : `¶${column.from}–${column.to}`;
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const height = TOP + themes.length * (ROW_LABEL + cell.height + cell.gap);
  return {
    width: columns.length * (cell.width + cell.gap) - cell.gap,
    height,
    top: TOP,
    /** From one row's cells to the next's. */
    pitch: ROW_LABEL + cell.height + cell.gap,
    /** How far above its cells a row's theme name sits (its baseline). */
    rowLabel: 5,
    cell,
    description: onePerParagraph
      ? `Rows are themes, columns are paragraphs 1 to ${paragraphs.length}; each filled cell links to its paragraph.`
      : `Rows are themes, columns are runs of paragraphs from 1 to ${paragraphs.length}; each filled cell links to the first of its paragraphs that carries it.`,
    columns: columns.map((column, i) => ({ name: name(column), x: x(i) })),
    shaded: columns.flatMap((column, i) =>
      highlight.some((n) => n >= column.from && n <= column.to) ? [x(i)] : [],
    ),
    rows: themes.map((theme, row) => ({
      theme,
      y: y(row),
      cells: columnCells(
        theme.coverage.map((c) => ({ paragraph: c.paragraph.number, share: c.share })),
        columns,
      ).map((c, i) => ({
        x: x(i),
        share: c.share,
        /** The cell's colour, from a quarter for a trace to full for the whole paragraph (two decimals). */
        opacity: Math.round((0.25 + 0.75 * c.share) * 100) / 100,
        percent: percent(c.share),
        href: c.target === undefined ? undefined : href.get(c.target),
        title: `${theme.name}: ${percent(c.share)} of ${name(c.column)}`,
      })),
    })),
  };
}
