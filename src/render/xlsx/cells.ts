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
 * The `v` of an amount cell: its exact 2-dp string as a number (it converts without loss), shown with `0.00`;
 * undefined for a number that is not finite (never an amount), which is left out rather than written as `NaN`, which
 * Excel rejects. The text is what `String(Number(value))` gives, read off the string when it is `-?digits.dd` with at
 * most 13 digits before the point: a decimal of at most 15 significant digits is the shortest that reads back as its
 * double, so JavaScript prints it less the decimals' trailing zeros (and a bare point; `-0.00` prints `0`). Anything
 * else goes through Number.
 */
export function amountNumber(value: string): string | undefined {
  const n = value.length;
  const sign = value.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const point = n - 3;
  const digits = point - sign; // before the point
  let plain = digits >= 1 && digits <= 13 && value.charCodeAt(point) === 46 && (digits === 1 || value.charCodeAt(sign) !== 48);
  for (let i = sign; plain && i < n; i++) plain = i === point || isDigit(value.charCodeAt(i));
  if (!plain) {
    const number = Number(value);
    return Number.isFinite(number) ? String(number) : undefined;
  }
  if (value.charCodeAt(n - 1) !== 48) return value;
  if (value.charCodeAt(n - 2) !== 48) return value.slice(0, n - 1);
  return sign === 1 && digits === 1 && value.charCodeAt(1) === 48 ? '0' : value.slice(0, point);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The style of a grid cell and of every position its merge covers: body font, centred vertically, wrapped, thin
 * borders on all sides (so every edge of a merged area prints); text not centred is indented one level; amounts
 * take AMOUNT_FORMAT. Cells of one look at one font size share one style object, which a StyleTable then finds by
 * identity, once per workbook rather than by its key in every sheet.
 */
export function gridCellStyle(cell: ContentCell, fontSize: number): Readonly<CellStyle> {
  let looks = gridStyles.get(fontSize);
  if (looks === undefined) gridStyles.set(fontSize, (looks = []));
  return (looks[gridLook(cell)] ??= Object.freeze(newGridCellStyle(cell, fontSize)));
}

const gridStyles = new Map<number, Readonly<CellStyle>[]>();

function newGridCellStyle(cell: ContentCell, fontSize: number): CellStyle {
  const amount = cell.role === 'amount';
  return { font: BODY_FONT, size: fontSize, bold: cell.bold === true, horizontal: cell.align, wrap: true, indent: !amount && cell.align !== 'center', border: true, amount };
}

/** What sets a grid cell's style at a given font size, as a small number: bold, alignment, amount or not. */
export function gridLook(cell: ContentCell): number {
  return (cell.bold === true ? 1 : 0) + (cell.align === 'left' ? 0 : cell.align === 'center' ? 2 : 4) + (cell.role === 'amount' ? 6 : 0);
}

/**
 * A grid cell's `c` element: `ref` in style `s`. An amount holds its number (a blank amount nothing); text is always
 * a string value, stored as a shared string: a text starting with `=`, `+`, `-` or `@` is text, never a formula.
 */
export function gridCellXml(ref: string, s: number, cell: ContentCell, strings: SharedStrings): string {
  if (cell.role !== 'amount') return textCellXml(ref, s, cell.text, strings);
  const number = cell.value === undefined ? undefined : amountNumber(cell.value);
  return number === undefined ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}"><v>${number}</v></c>`;
}

/** A `c` element holding a text as a shared string, or nothing when no printable text is left. */
export function textCellXml(ref: string, s: number, text: string, strings: SharedStrings): string {
  const index = text === '' ? undefined : strings.index(text);
  return index === undefined ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="s"><v>${index}</v></c>`;
}
