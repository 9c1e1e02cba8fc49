import type { Cell, Fill, Font, Worksheet } from 'exceljs';

/** Light yellow: "type here". Grey: computed, never read. Blue-grey: headers and labels. */
export const FILLS = {
  input: solid('FFFFF7D6'),
  header: solid('FFDCE6F1'),
  label: solid('FFF2F2F2'),
  display: solid('FFEFEFEF'),
  title: solid('FFC9D9EE'),
} as const;

export const FONTS = {
  base: { name: '宋体', size: 11 } satisfies Partial<Font>,
  header: { name: '黑体', size: 11, bold: true } satisfies Partial<Font>,
  title: { name: '黑体', size: 13, bold: true } satisfies Partial<Font>,
  display: { name: '宋体', size: 10, italic: true, color: { argb: 'FF595959' } } satisfies Partial<Font>,
  required: { name: '黑体', size: 11, bold: true, color: { argb: 'FFC00000' } } satisfies Partial<Font>,
} as const;

const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** An input cell: light fill, unlocked, bordered. */
export function styleInput(cell: Cell, numFmt: string, wrap: boolean): void {
  cell.fill = FILLS.input;
  cell.font = FONTS.base;
  cell.border = BORDER;
  cell.numFmt = numFmt;
  cell.protection = { locked: false };
  cell.alignment = { vertical: 'top', wrapText: wrap };
}

/** A locked cell with a fill: headers, labels, display formulas. */
export function styleLocked(cell: Cell, fill: Fill, font: Partial<Font>, wrap = true): void {
  cell.fill = fill;
  cell.font = font;
  cell.border = BORDER;
  cell.protection = { locked: true };
  cell.alignment = { vertical: 'top', wrapText: wrap };
}

/** Sheet protection without a password: structure and labels are safe from slips, and anyone may lift it. */
export async function protectSheet(ws: Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    autoFilter: true,
    sort: false,
  });
}

/** `1` → `A`, `27` → `AA` (the scanner's function, under the name the sheet writers use). */
export { columnLetters as columnLetter } from './xml-scan.js';
