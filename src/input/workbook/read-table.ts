import type { ReadSheet } from './light-workbook.js';
import { convertCell } from './convert.js';
import { CELL_RULE, STRUCTURE_RULE, type ReadContext } from './read-context.js';
import { rawOf } from './raw-cell.js';
import { cellText, normalizeLabel } from './sheet-text.js';
import type { InputColumn, RowRecord, TableBlock } from './spec.js';
import { columnLetter } from './styles.js';
import { TypedRows } from './typed-rows.js';

const MAX_HEADER_COLUMNS = 200;

/** Reads one table: its header row (columns found by their header text), then one record per non-blank row. */
export function readTable(
  ws: ReadSheet,
  sheet: string,
  block: TableBlock,
  range: { start: number; end: number },
  merges: ReadonlyMap<string, string>,
  ctx: ReadContext,
): void {
  const header = headerRow(ws, block, range);
  if (header === undefined) {
    ctx.report(STRUCTURE_RULE, sheet, `A${range.start}`, `找不到表头（应为：${block.columns.map((c) => c.label).join('、')}）`, { fatal: true });
    return;
  }
  const columns = findColumns(ws, sheet, block, header, ctx);
  if (!columns) return;
  const records: RowRecord[] = [];
  const mergeReported = new Set<string>();
  const typed = new TypedRows(sheet, columns, ctx);
  for (let row = header + 1; row <= range.end; row++) {
    if (!ws.findRow(row)) continue; // rows never written are blank; findRow/findCell never create cells
    if (typed.skip(ws, row)) continue; // 合计/小计/注：rows the officer typed (typed-rows.ts)
    const record = readRow(ws, sheet, row, columns, merges, mergeReported, ctx);
    if (record) records.push(typed.add(record));
  }
  const sink = ctx.sink(sheet);
  for (const path of [block.path, ...(block.alsoFills ?? [])]) sink.anchor(path, `A${header + 1}`);
  block.place(records, ctx.data, sink);
}

function headerRow(ws: ReadSheet, block: TableBlock, range: { start: number; end: number }): number | undefined {
  for (let row = range.start; row <= range.end; row++) {
    for (let col = 1; col <= block.columns.length; col++) if (cellText(ws.findCell(row, col)).trim()) return row;
  }
  return undefined;
}

/** Input columns by their header text, wherever the officer moved them; every missing header is reported. */
function findColumns(ws: ReadSheet, sheet: string, block: TableBlock, header: number, ctx: ReadContext): [InputColumn, number][] | undefined {
  const found = new Map<string, number>();
  const width = Math.min(Math.max(ws.columnCount, block.columns.length), MAX_HEADER_COLUMNS);
  for (let col = 1; col <= width; col++) {
    const text = normalizeLabel(cellText(ws.findCell(header, col)));
    if (text && !found.has(text)) found.set(text, col);
  }
  const result: [InputColumn, number][] = [];
  let complete = true;
  block.columns.forEach((column, i) => {
    if (column.display === true) return;
    const col = found.get(normalizeLabel(column.label));
    if (col !== undefined) result.push([column, col]);
    else {
      complete = false;
      const where = `${columnLetter(i + 1)}${header}`;
      ctx.report(STRUCTURE_RULE, sheet, where, `找不到表头“${column.label}”（该列可能被删除或改名）：请恢复这一列的表头`, { fatal: true });
    }
  });
  return complete ? result : undefined;
}

function readRow(
  ws: ReadSheet,
  sheet: string,
  row: number,
  columns: readonly [InputColumn, number][],
  merges: ReadonlyMap<string, string>,
  mergeReported: Set<string>,
  ctx: ReadContext,
): RowRecord | undefined {
  const record: RowRecord = { row, values: {}, cells: {}, failed: new Set() };
  let blank = true;
  for (const [column, col] of columns) {
    const cell = ws.findCell(row, col);
    const address = `${columnLetter(col)}${row}`;
    record.cells[column.key] = address;
    if (!cell) continue;
    if (cell.isMerged) {
      const master = cell.master.address;
      if (!mergeReported.has(master)) {
        mergeReported.add(master);
        ctx.report(STRUCTURE_RULE, sheet, master, `${merges.get(master) ?? master} 是合并单元格：表格每一行都要单独填写，请取消合并后逐行填写`);
      }
      ctx.covered(sheet, address);
      record.failed.add(column.key);
      if (master !== address) continue;
    }
    const raw = rawOf(cell.value, cell.numFmt);
    if (raw.kind !== 'empty') blank = false;
    const converted = convertCell(raw, column, ctx.maxText);
    if (converted.error) {
      ctx.report(CELL_RULE, sheet, address, converted.error);
      record.failed.add(column.key);
    }
    if (converted.warning) ctx.report(CELL_RULE, sheet, address, converted.warning, { warning: true });
    if (converted.value !== undefined) record.values[column.key] = converted.value;
  }
  return blank ? undefined : record;
}
