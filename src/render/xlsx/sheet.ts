import type { Style, Workbook, Worksheet } from 'exceljs';
import type { GridTable } from '../../document/model.js';
import { BODY_FONT, TITLE_FONT, cellValue, mergeSpan, styleCell } from './cells.js';
import { FONT_SIZE, excelWidth, gridRowHeights, heightFor, linesFor, pagesTall, paperFor, printScale, type Paper } from './geometry.js';
import { pageBreaks } from './pagination.js';

/** Where the grid starts and how tall the title block is, for tests and print titles. */
export interface SheetLayout {
  /** 1-based row of the first header row. */
  gridTop: number;
}

/** 1-based row where a table's grid starts: after the label, title, subtitle and name lines. */
export function gridTopOf(table: GridTable): number {
  const nameRow = table.nameLine !== undefined || table.unitLine !== undefined ? 1 : 0;
  return 3 + (table.subtitle !== undefined ? 1 : 0) + nameRow;
}

/**
 * Writes one table as one worksheet (spec §3.0): 表号 label, title (and subtitle), name line with
 * `单位：万元`, the grid, then notes. A4 landscape (A3 when A4 would print it below 7 pt), one page wide, header
 * rows repeated on every page.
 */
export function writeTableSheet(workbook: Workbook, table: GridTable, name: string): SheetLayout {
  const ws = workbook.addWorksheet(name);
  const width = table.columns.length;
  const fontSize = FONT_SIZE[table.density];
  ws.columns = table.columns.map((w) => ({ width: excelWidth(w, fontSize) }));
  let row = 1;
  row = textRow(ws, row, 1, width, table.label, { size: fontSize + 1, align: 'left' });
  row = textRow(ws, row, 1, width, table.title, { size: 16, bold: true, font: TITLE_FONT, align: 'center' });
  if (table.subtitle !== undefined) row = textRow(ws, row, 1, width, table.subtitle, { size: 12, align: 'center' });
  if (table.nameLine !== undefined || table.unitLine !== undefined) row = nameRow(ws, row, table, fontSize);
  const gridTop = row;
  if (gridTop !== gridTopOf(table)) throw new Error(`表 ${table.id} 的标题行数与 gridTopOf 不一致`);
  writeGrid(ws, table, gridTop, fontSize);
  row = gridTop + table.rows.length;
  const totalWidth = table.columns.reduce((a, b) => a + b, 0);
  for (const note of table.notes) {
    textRow(ws, row, 1, width, note, { size: fontSize, align: 'left', wrap: true });
    ws.getRow(row).height = heightFor(linesFor(note, totalWidth), fontSize);
    row++;
  }
  const heights = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height ?? heightFor(1, fontSize));
  const paper = paperFor(table.columns, fontSize);
  const onePage = pagesTall(table.columns, heights, fontSize, paper) <= 1.4;
  setupPage(ws, table, gridTop, onePage, paper);
  if (!onePage) for (const row of breaksFor(table, gridTop, heights, fontSize, paper)) ws.getRow(row).addPageBreak();
  return { gridTop };
}

interface TextStyle {
  size: number;
  align: 'left' | 'center' | 'right';
  bold?: boolean;
  font?: string;
  wrap?: boolean;
}

/** One line of text over columns [from, to], merged; returns the next row. */
function textRow(ws: Worksheet, row: number, from: number, to: number, text: string, style: TextStyle): number {
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.font = { name: style.font ?? BODY_FONT, size: style.size, ...(style.bold ? { bold: true } : {}) };
  cell.alignment = { horizontal: style.align, vertical: 'middle', wrapText: style.wrap ?? false };
  if (to > from) ws.mergeCells(row, from, row, to);
  if (style.size > 12) ws.getRow(row).height = heightFor(1, style.size);
  return row + 1;
}

/** How many columns, at the right of the name row, `单位：万元` spans (0 without one). */
export function unitColumns(table: GridTable): number {
  return table.unitLine === undefined ? 0 : table.columns.length >= 6 ? 2 : 1;
}

/** `部门名称：…` on the left and `单位：万元` on the right of one row. */
function nameRow(ws: Worksheet, row: number, table: GridTable, fontSize: number): number {
  const width = table.columns.length;
  const unitCols = unitColumns(table);
  const nameTo = Math.max(1, width - unitCols);
  if (table.nameLine !== undefined) textRow(ws, row, 1, nameTo, table.nameLine, { size: fontSize, align: 'left' });
  if (table.unitLine !== undefined) textRow(ws, row, width - unitCols + 1, width, table.unitLine, { size: fontSize, align: 'right' });
  return row + 1;
}

function writeGrid(ws: Worksheet, table: GridTable, top: number, fontSize: number): void {
  const heights = gridRowHeights(table, fontSize);
  const styles = new Map<string, Partial<Style>>();
  table.rows.forEach((cells, r) => {
    ws.getRow(top + r).height = heights[r] ?? heightFor(1, fontSize);
    cells.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      const target = ws.getCell(top + r, c + 1);
      target.value = cellValue(cell);
      styleCell(target, cell, fontSize, styles);
      mergeSpan(ws, top + r, c + 1, cell);
    });
  });
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

/** Landscape on the table's paper, one page wide (and one tall when it nearly fits), header rows repeated. */
function setupPage(ws: Worksheet, table: GridTable, gridTop: number, onePage: boolean, paper: Paper): void {
  const headerBottom = gridTop + table.headerRows - 1;
  ws.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: onePage ? 1 : 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(table.headerRows > 0 ? { printTitlesRow: `${gridTop}:${headerBottom}` } : {}),
  };
  // exceljs's PaperSize type lists no A3; the writer passes the OOXML code (8) through as it is.
  Reflect.set(ws.pageSetup, 'paperSize', paper.paperSize);
  ws.headerFooter = { oddFooter: '&C- &P -' };
  if (table.headerRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerBottom, topLeftCell: `A${headerBottom + 1}` }];
}
