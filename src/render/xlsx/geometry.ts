import type { ContentCell, GridCell, GridTable } from '../../document/model.js';
import { displayWidth } from '../../document/tables/widths.js';

/** Body font size in points per density (spec §3.0: wide tables need a small font). */
export const FONT_SIZE: Record<GridTable['density'], number> = { normal: 10, compact: 9, dense: 8 };

/**
 * Excel column width (in widths of the default font's `0`) for a grid width in characters, CJK counted
 * as 2, at a font size: a CJK character at 10pt is about two `0`s wide, and text shrinks with the font.
 */
export function excelWidth(chars: number, fontSize: number): number {
  return Math.round((chars * (fontSize / 10) + 1) * 4) / 4;
}

/** A landscape sheet of paper: Excel's paperSize code and its printable area in points, less the margins the writer sets. */
export interface Paper {
  name: 'A4' | 'A3';
  paperSize: 9 | 8;
  width: number;
  height: number;
}

const MARGINS = { width: (0.4 + 0.4) * 72, height: (0.5 + 0.6) * 72 };

/** A4 and A3 landscape. */
export const PAPERS: Record<Paper['name'], Paper> = {
  A4: { name: 'A4', paperSize: 9, width: 842 - MARGINS.width, height: 595 - MARGINS.height },
  A3: { name: 'A3', paperSize: 8, width: 1191 - MARGINS.width, height: 842 - MARGINS.height },
};

/** A4 landscape's printable area in points. */
export const PRINTABLE = { width: PAPERS.A4.width, height: PAPERS.A4.height };

/** The smallest font a printed table may end up in once fitted to the page width (points). */
export const MIN_PRINTED_FONT = 7;

/** Approximate points of one Excel width unit (a `0` of the default 11pt font: 7 px at 96 dpi). */
const POINTS_PER_WIDTH = 5.25;

/**
 * The paper a table prints on, one page wide: A4 landscape, or A3 landscape when fitting A4 would shrink its font
 * below MIN_PRINTED_FONT (预算11's 26 columns came out at about 6 pt on A4).
 */
export function paperFor(widths: readonly number[], fontSize: number): Paper {
  return fontSize * printScale(widths, fontSize, PAPERS.A4) >= MIN_PRINTED_FONT ? PAPERS.A4 : PAPERS.A3;
}

/**
 * How many pages tall a sheet prints once scaled to one page wide. The writer fits a table that only
 * just overflows (≤ 1.3 pages) onto one page, rather than print a few rows on a page of their own.
 */
export function pagesTall(widths: readonly number[], heights: readonly number[], fontSize: number, paper: Paper = PAPERS.A4): number {
  return (heights.reduce((a, b) => a + b, 0) * printScale(widths, fontSize, paper)) / paper.height;
}

/** The scale a sheet prints at when fitted to one page wide (never above 100%). */
export function printScale(widths: readonly number[], fontSize: number, paper: Paper = PAPERS.A4): number {
  const width = widths.reduce((a, w) => a + excelWidth(w, fontSize) * POINTS_PER_WIDTH, 0);
  return Math.min(1, paper.width / width);
}

/**
 * Lines a text needs in a cell `chars` wide when wrapped (explicit line breaks kept). A character is at most 2 wide
 * (a surrogate pair: 1 for 2 units), so a text no wider than the cell in that count takes one line per line break
 * without being measured: most cells.
 */
export function linesFor(text: string, chars: number): number {
  const usable = Math.max(2, chars);
  if (text.length * 2 <= usable) {
    let lines = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
    return lines;
  }
  const measured = (part: string) => Math.max(1, Math.ceil(displayWidth(part) / usable));
  return text.includes('\n') ? text.split('\n').reduce((n, part) => n + measured(part), 0) : measured(text);
}

/** Point height of `lines` lines at a font size, with cell padding. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.round((lines * fontSize * 1.25 + 4) * 4) / 4;
}

/**
 * Row heights for the grid. Excel does not grow rows for wrapped text in merged cells, so the writer sets
 * them: each row fits its single-row cells, and a cell spanning rows grows its rows evenly when needed.
 */
export function gridRowHeights(table: GridTable, fontSize: number): number[] {
  const { columns } = table;
  const width = (c: number, span: number) => {
    let sum = 0;
    for (let k = c; k < c + span && k < columns.length; k++) sum += columns[k] ?? 0;
    return sum;
  };
  const one = heightFor(1, fontSize);
  const heights = new Array<number>(table.rows.length).fill(one);
  const spanning: [number, ContentCell, number][] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell: GridCell | undefined = row[c];
      if (cell?.kind !== 'content') continue;
      const lines = linesFor(cell.text, width(c, cell.colSpan));
      const need = lines === 1 ? one : heightFor(lines, fontSize);
      if (cell.rowSpan === 1) heights[r] = Math.max(heights[r] ?? 0, need);
      else spanning.push([r, cell, need]);
    }
  }
  for (const [r, cell, need] of spanning) {
    let have = 0;
    for (let i = r; i < Math.min(r + cell.rowSpan, heights.length); i++) have += heights[i] ?? 0;
    if (have >= need) continue;
    const extra = (need - have) / cell.rowSpan;
    for (let i = r; i < r + cell.rowSpan; i++) heights[i] = Math.round(((heights[i] ?? 0) + extra) * 4) / 4;
  }
  return heights;
}
