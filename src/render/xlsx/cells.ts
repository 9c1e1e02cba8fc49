import type { Alignment, Borders, Cell, Font, Worksheet } from 'exceljs';
import type { ContentCell } from '../../document/model.js';

/** Font used for every cell: 宋体, which LibreOffice and WPS map to a CJK serif when it is missing. */
export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const ALL_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Number format of amount cells: 2 decimals, no thousands separator (spec §2.12); `_ ` keeps a space's
 * width free at the right so a figure does not touch the border.
 */
export const AMOUNT_FORMAT = '0.00_ ';

/**
 * The value a grid cell writes. Amounts become numbers (the exact 2-dp string converts without loss:
 * at most 14 significant digits) shown with `0.00`; a blank amount writes nothing. Text is always a
 * string value, which exceljs stores as a shared string: a text starting with `=`, `+`, `-` or `@` is
 * text, never a formula (exceljs only writes formulas from `{ formula }` objects).
 */
export function cellValue(cell: ContentCell): string | number | null {
  if (cell.role === 'amount') return cell.value === undefined ? null : Number(cell.value);
  return cell.text === '' ? null : cell.text;
}

/** Styles one grid cell (the top-left cell of a merge carries the style exceljs copies across it). */
export function styleCell(target: Cell, cell: ContentCell, fontSize: number): void {
  const font: Partial<Font> = { name: BODY_FONT, size: fontSize, ...(cell.bold ? { bold: true } : {}) };
  const padded = cell.role !== 'amount' && cell.align !== 'center';
  const alignment: Partial<Alignment> = { horizontal: cell.align, vertical: 'middle', wrapText: true, ...(padded ? { indent: 1 } : {}) };
  target.font = font;
  target.alignment = alignment;
  target.border = ALL_BORDERS;
  if (cell.role === 'amount') target.numFmt = AMOUNT_FORMAT;
}

/**
 * Merges a content cell's span. exceljs wants the value and style in the top-left cell before
 * `mergeCells`; it then shares that style with the covered cells. Each covered cell also gets the
 * borders explicitly, so every edge of the merged area prints.
 */
export function mergeSpan(ws: Worksheet, top: number, left: number, cell: ContentCell): void {
  if (cell.rowSpan === 1 && cell.colSpan === 1) return;
  const bottom = top + cell.rowSpan - 1;
  const right = left + cell.colSpan - 1;
  ws.mergeCells(top, left, bottom, right);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = ALL_BORDERS;
}
