import { guardWorkbook } from '../input/workbook/zip-guard.js';
import { cellText } from '../input/workbook/sheet-text.js';
import { columnLetters, parseCellRef } from '../input/workbook/xml-scan.js';
import type { JobInput, SheetPreview } from './jobs.js';

/** Rows shown above and below the cell a finding points to. */
const AROUND = 12;
/** Most columns shown (the data sheets are at most a few dozen wide). */
const MAX_COLUMNS = 30;

/**
 * A window of one sheet of an uploaded workbook around `cell`, read by the same guarded reader as the input (its
 * limits, only the declared data sheets); undefined when the file is no workbook or has no such sheet.
 */
export async function sheetPreview(input: JobInput, sheet: string, cell?: string): Promise<SheetPreview | undefined> {
  if (!input.fileName.toLowerCase().endsWith('.xlsx')) return undefined;
  const guarded = await guardWorkbook(input.bytes, input.fileName, input.limits);
  if (!guarded.ok) return undefined;
  const ws = guarded.workbook.getWorksheet(sheet);
  if (!ws) return undefined;
  const target = cell ? parseCellRef(cell) : undefined;
  const width = Math.min(MAX_COLUMNS, Math.max(ws.columnCount, target?.column ?? 1));
  const centre = target?.row ?? 1;
  const firstRow = Math.max(1, centre - AROUND);
  const lastRow = Math.max(Math.min(Math.max(ws.rowCount, centre), centre + AROUND), Math.min(ws.rowCount, firstRow + 2 * AROUND));
  const rows: SheetPreview['rows'] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(ws.findCell(row, column)));
    rows.push({ row, cells });
  }
  const columns = Array.from({ length: width }, (_, i) => columnLetters(i + 1));
  return { sheet, firstRow, columns, rows, merges: [...ws.merges], found: true };
}
