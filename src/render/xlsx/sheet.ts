import type { GridTable } from '../../document/model.js';
import { FONT_SIZE, gridRowHeights, heightFor, linesFor, pagesTall, paperFor, printScale, type Paper } from './geometry.js';
import { pageBreaks } from './pagination.js';

/** Point size of the title line, and of the subtitle line. */
export const TITLE_SIZE = 16;
export const SUBTITLE_SIZE = 12;

/** 1-based row where a table's grid starts: after the label, title, subtitle and name lines. */
export function gridTopOf(table: GridTable): number {
  const nameRow = table.nameLine !== undefined || table.unitLine !== undefined ? 1 : 0;
  return 3 + (table.subtitle !== undefined ? 1 : 0) + nameRow;
}

/** How many columns, at the right of the name row, `单位：万元` spans (0 without one). */
export function unitColumns(table: GridTable): number {
  return table.unitLine === undefined ? 0 : table.columns.length >= 6 ? 2 : 1;
}

/**
 * One table's worksheet before its cells are written (spec §3.0): 表号 label, title (and subtitle), name line
 * with `单位：万元`, the grid, then notes. A4 landscape (A3 when A4 would print it below 7 pt), one page wide, header
 * rows repeated on every page.
 */
export interface SheetPlan {
  table: GridTable;
  /** The sheet's name in the workbook. */
  name: string;
  /** Body font size in points. */
  fontSize: number;
  /** 1-based row of the first header row. */
  gridTop: number;
  /** Last row written (the notes', else the grid's). */
  lastRow: number;
  /** The height of each row that sets one, index 0 = row 1; the others keep the default height. */
  heights: (number | undefined)[];
  paper: Paper;
  /** Printed one page tall as well as wide: the table only just overflows a page (≤ 1.4 pages). */
  onePage: boolean;
  /** Rows after which a manual page break goes. */
  breaks: number[];
}

/** Lays a table out on its sheet: rows, heights, paper and page breaks. */
export function planSheet(table: GridTable, name: string): SheetPlan {
  const fontSize = FONT_SIZE[table.density];
  const gridTop = gridTopOf(table);
  const lastRow = gridTop + table.rows.length + table.notes.length - 1;
  const heights = new Array<number | undefined>(lastRow).fill(undefined);
  heights[1] = heightFor(1, TITLE_SIZE); // Excel does not grow a row for a larger font on its own
  gridRowHeights(table, fontSize).forEach((h, r) => (heights[gridTop - 1 + r] = h));
  const totalWidth = table.columns.reduce((a, b) => a + b, 0);
  table.notes.forEach((note, i) => (heights[gridTop - 1 + table.rows.length + i] = heightFor(linesFor(note, totalWidth), fontSize)));
  const printed = heights.map((h) => h ?? heightFor(1, fontSize));
  const paper = paperFor(table.columns, fontSize);
  const onePage = pagesTall(table.columns, printed, fontSize, paper) <= 1.4;
  const breaks = onePage ? [] : breaksFor(table, gridTop, printed, fontSize, paper);
  return { table, name, fontSize, gridTop, lastRow, heights, paper, onePage, breaks };
}

/**
 * Manual page breaks so that no keep-together block splits. Estimated page height is kept 8% short, so
 * each page the writer plans fits the page the spreadsheet program lays out.
 */
function breaksFor(table: GridTable, gridTop: number, heights: readonly number[], fontSize: number, paper: Paper): number[] {
  if (!table.keepTogether?.length) return [];
  const capacity = (paper.height / printScale(table.columns, fontSize, paper)) * 0.92;
  const header: [number, number] | undefined = table.headerRows > 0 ? [gridTop, gridTop + table.headerRows - 1] : undefined;
  const blocks = table.keepTogether.map(([a, b]): [number, number] => [gridTop + a, gridTop + b]);
  return pageBreaks({ heights, ...(header ? { header } : {}), blocks, capacity });
}
