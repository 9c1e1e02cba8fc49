import { Workbook } from '../../src/model/excel-workbook.js';
import type { Cell, Worksheet } from 'exceljs';

/** One cell as read back from a written workbook: its printed text, whether it is a number, its merge. */
export interface ReadCell {
  text: string;
  /** The number stored, for amount cells. */
  number?: number;
  numFmt?: string;
  formula: boolean;
  merge?: string;
}

/** A worksheet read back into rows × columns of cells, for round-trip tests (test helper). */
export interface ReadSheet {
  name: string;
  rows: ReadCell[][];
  merges: string[];
}

/** Reads every sheet of a workbook the xlsx writer produced (its used range, row by row). */
export async function readXlsx(buffer: Uint8Array): Promise<ReadSheet[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(arrayBufferOf(buffer));
  return workbook.worksheets.map(readSheet);
}

/** exceljs types its input as an ArrayBuffer; copy exactly the bytes of the view. */
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

function readSheet(ws: Worksheet): ReadSheet {
  const rows: ReadCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: ReadCell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) row.push(readCell(ws.getCell(r, c)));
    rows.push(row);
  }
  return { name: ws.name, rows, merges: [...(ws.model.merges ?? [])] };
}

function readCell(cell: Cell): ReadCell {
  const v = cell.value;
  const formula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
  const base: ReadCell = { text: '', formula };
  if (cell.isMerged && cell.master.address !== cell.address) return { ...base, merge: cell.master.address };
  if (typeof v === 'number') return { ...base, text: /^0\.00(?![0#])/.test(cell.numFmt ?? '') ? v.toFixed(2) : String(v), number: v, numFmt: cell.numFmt };
  if (typeof v === 'string') return { ...base, text: v };
  if (v && typeof v === 'object' && 'richText' in v) return { ...base, text: v.richText.map((t) => t.text).join('') };
  return base;
}
