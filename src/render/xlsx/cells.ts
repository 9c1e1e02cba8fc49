import type { ContentCell } from '../../document/model.js';
import type { CellStyle } from './styles.js';
import type { SharedStrings } from './strings.js';

/** Font used for every cell: 宋体, which LibreOffice and WPS map to a CJK serif when it is missing. */
export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';

/**
 * Number format of amount cells: 2 decimals, no thousands separator (spec §2.12); `_ ` keeps a space's
 * width free at the right so a figure does not touch the border.
 */
export const AMOUNT_FORMAT = '0.00_ ';

/**
 * The value a grid cell writes. Amounts become numbers (the exact 2-dp string converts without loss:
 * at most 14 significant digits) shown with `0.00`; a blank amount writes nothing. Text is always a
 * string value, stored as a shared string: a text starting with `=`, `+`, `-` or `@` is text, never a formula.
 */
export function cellValue(cell: ContentCell): string | number | null {
  if (cell.role === 'amount') return cell.value === undefined ? null : Number(cell.value);
  return cell.text === '' ? null : cell.text;
}

/**
 * The style of a grid cell and of every position its merge covers: body font, centred vertically, wrapped, thin
 * borders on all sides (so every edge of a merged area prints); text not centred is indented one level; amounts
 * take AMOUNT_FORMAT.
 */
export function gridCellStyle(cell: ContentCell, fontSize: number): CellStyle {
  const amount = cell.role === 'amount';
  return { font: BODY_FONT, size: fontSize, bold: cell.bold === true, horizontal: cell.align, wrap: true, indent: !amount && cell.align !== 'center', border: true, amount };
}

/**
 * One `c` element: `ref` in style `s`, holding `value` — a number, a text (as a shared string) or nothing. A
 * number that is not finite (never an amount) is left out rather than written as `NaN`, which Excel rejects.
 */
export function cellXml(ref: string, s: number, value: string | number | null, strings: SharedStrings): string {
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}" s="${s}"><v>${value}</v></c>` : `<c r="${ref}" s="${s}"/>`;
  const index = value === null ? undefined : strings.index(value);
  return index === undefined ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="s"><v>${index}</v></c>`;
}
