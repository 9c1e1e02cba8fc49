import { createRequire } from 'node:module';
import type { Alignment, Borders, Cell, Font, Style, Worksheet } from 'exceljs';
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

/**
 * Styles one grid cell (the top-left cell of a merge carries the style exceljs copies across it). Cells that
 * look alike share one style object from `shared` (one map per sheet): exceljs remembers a style object's id
 * and skips re-serialising it, where a fresh object per cell cost a full style lookup each (bench/RESULTS.md).
 */
export function styleCell(target: Cell, cell: ContentCell, fontSize: number, shared: Map<string, Partial<Style>> = new Map()): void {
  const padded = cell.role !== 'amount' && cell.align !== 'center';
  const amount = cell.role === 'amount';
  const key = `${fontSize}|${cell.bold === true}|${cell.align}|${padded}|${amount}`;
  let style = shared.get(key);
  if (!style) {
    const font: Partial<Font> = { name: BODY_FONT, size: fontSize, ...(cell.bold ? { bold: true } : {}) };
    const alignment: Partial<Alignment> = { horizontal: cell.align, vertical: 'middle', wrapText: true, ...(padded ? { indent: 1 } : {}) };
    style = { font, alignment, border: ALL_BORDERS, ...(amount ? { numFmt: AMOUNT_FORMAT } : {}) };
    shared.set(key, style);
  }
  target.style = style;
}

/**
 * Merges a content cell's span. exceljs wants the value and style in the top-left cell before the merge; the
 * covered cells then share that style. Each covered cell also gets the borders explicitly, so every edge of
 * the merged area prints. The merge is recorded without `mergeCells`, which checks the new range against
 * every earlier merge of the sheet: quadratic, 11 s for a 2,000-project 项目绩效 sheet (bench/RESULTS.md).
 * The grid needs no such check: `layoutTable` gives every position exactly one owner.
 */
export function mergeSpan(ws: Worksheet, top: number, left: number, cell: ContentCell): void {
  if (cell.rowSpan === 1 && cell.colSpan === 1) return;
  const bottom = top + cell.rowSpan - 1;
  const right = left + cell.colSpan - 1;
  const merges: unknown = Reflect.get(ws, '_merges');
  if (typeof merges !== 'object' || merges === null) {
    ws.mergeCells(top, left, bottom, right); // not exceljs 4.4's internals: the public, checked way
  } else {
    const master = ws.getCell(top, left);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r > top || c > left) ws.getCell(r, c).merge(master);
    Reflect.set(merges, master.address, new Range(top, left, bottom, right));
  }
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = ALL_BORDERS;
}

/** exceljs's merge range class (what `mergeCells` stores per merge, and the worksheet writer reads back). */
const Range: new (top: number, left: number, bottom: number, right: number) => object = createRequire(import.meta.url)('exceljs/lib/doc/range.js');
