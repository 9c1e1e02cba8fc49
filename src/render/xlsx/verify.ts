import type { BudgetDocument, GridTable } from '../../document/model.js';
import type { ZipArchive } from '../../zip/index.js';
import type { Difference } from '../verify/difference.js';
import { columnName, parseAddress } from './address.js';
import { readSheetCells } from './read-cells.js';
import { gridTopOf, unitColumns } from './sheet.js';
import { documentTables, sheetNames } from './tables.js';

/** What one cell of a written sheet must hold: its text, and for an amount the number stored. */
interface ExpectedCell {
  text: string;
  number?: number;
}

/**
 * Every way a workbook yusuan wrote differs from the model it carries: sheet by sheet, each cell whose text or
 * number changed, went missing or was added (a formula typed in counts as a change), as `预算05表!C9`.
 */
export function xlsxDifferences(zip: ZipArchive, doc: BudgetDocument): Difference[] {
  const tables = documentTables(doc);
  const names = sheetNames(tables);
  const actual = new Map(readSheetCells(zip).map((s) => [s.name, s.cells]));
  const out: Difference[] = [];
  tables.forEach((table, i) => {
    const name = names[i] ?? table.label;
    const cells = actual.get(name);
    actual.delete(name);
    if (!cells) out.push({ kind: 'missing', place: `工作表“${name}”`, text: table.title });
    else out.push(...sheetDifferences(name, expectedCells(table), cells));
  });
  for (const [name, cells] of actual) out.push({ kind: 'extra', place: '工作簿', text: `工作表“${name}”（${cells.size} 个单元格）` });
  return out;
}

function sheetDifferences(sheet: string, expected: Map<string, ExpectedCell>, actual: Map<string, string>): Difference[] {
  const addresses = [...new Set([...expected.keys(), ...actual.keys()])].sort(byPosition);
  const out: Difference[] = [];
  for (const address of addresses) {
    const want = expected.get(address);
    const got = actual.get(address);
    const place = `${sheet}!${address}`;
    if (want === undefined) out.push({ kind: 'extra', place, text: got ?? '' });
    else if (got === undefined) out.push({ kind: 'missing', place, text: want.text });
    else if (!same(want, got)) out.push({ kind: 'changed', place, change: { expected: want.text, actual: got, before: '' } });
  }
  return out;
}

function same(want: ExpectedCell, got: string): boolean {
  if (want.number !== undefined) return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(got.trim()) && Number(got) === want.number;
  return want.text.replace(/\r\n?/g, '\n') === got.replace(/\r\n?/g, '\n');
}

/** The cells `sheetRows` (rows.ts) writes for a table: label, title, subtitle, name line, grid, notes. */
function expectedCells(table: GridTable): Map<string, ExpectedCell> {
  const cells = new Map<string, ExpectedCell>();
  const put = (row: number, column: number, text: string | undefined) => {
    if (text) cells.set(`${columnName(column)}${row}`, { text });
  };
  let row = 1;
  put(row++, 0, table.label);
  put(row++, 0, table.title);
  if (table.subtitle !== undefined) put(row++, 0, table.subtitle);
  if (table.nameLine !== undefined || table.unitLine !== undefined) {
    put(row, 0, table.nameLine);
    put(row, table.columns.length - unitColumns(table), table.unitLine);
  }
  const top = gridTopOf(table);
  table.rows.forEach((cellsOfRow, r) =>
    cellsOfRow.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      if (cell.role === 'amount') {
        if (cell.value !== undefined) cells.set(`${columnName(c)}${top + r}`, { text: cell.text, number: Number(cell.value) });
      } else put(top + r, c, cell.text);
    }),
  );
  table.notes.forEach((note, i) => put(top + table.rows.length + i, 0, note));
  return cells;
}

function byPosition(a: string, b: string): number {
  const pa = parseAddress(a);
  const pb = parseAddress(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.row - pb.row || pa.column - pb.column;
}
