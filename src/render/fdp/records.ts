import type { ContentCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';

/** Name of the key field every resource starts with: the row key of the document model. */
export const KEY_FIELD = 'row';

/** One column of a table as data: its key, its Chinese header path, and whether it holds amounts only. */
export interface TableColumn {
  key: string;
  /** The header cells above the column, top to bottom (`一般公共预算`, `小计`); empty for tables without a header. */
  header: string[];
  amount: boolean;
}

/** A table as keyed records: one per row key, each holding the cells that belong to that key. */
export interface TableRecords {
  columns: TableColumn[];
  /** `[rowKey, ...one value per column]`; a blank cell, or a position covered by a merge, is `''`. */
  records: string[][];
}

/**
 * Turns a laid-out grid into keyed records. A cell belongs to its own row key when it has one (the right half of
 * 01/04: `class:201`), else to its grid row's; cells with the same key are joined into one record, in the order
 * keys first appear. A merged cell's text sits at its top-left position only, so no amount is ever counted twice.
 */
export function tableRecords(table: GridTable): TableRecords {
  const columns = table.columnKeys.map((key, j) => ({ key, header: headerPath(table, j), amount: isAmountColumn(table, j) }));
  const byKey = new Map<string, string[]>();
  const recordOf = (key: string): string[] => {
    const record = byKey.get(key) ?? [key, ...columns.map(() => '')];
    byKey.set(key, record);
    return record;
  };
  table.rows.forEach((row, i) => {
    if (i < table.headerRows) return;
    const rowKey = table.rowKeys[i] ?? `grid:${i}`;
    recordOf(rowKey);
    row.forEach((cell, j) => {
      if (cell.kind !== 'content') return;
      const key = cell.row ?? rowKey;
      const record = recordOf(key);
      const value = cellValue(cell);
      if (value === '') return;
      if (record[j + 1] !== '') throw new InternalError(`${table.label}：行键 ${key} 在列 ${table.columnKeys[j]} 上有两个值`);
      record[j + 1] = value;
    });
  });
  return { columns, records: [...byKey.values()] };
}

/** An amount prints its exact value (`12.30`), never the printed text; anything else prints its text. */
function cellValue(cell: ContentCell): string {
  return cell.role === 'amount' && cell.value !== undefined ? cell.value : cell.text;
}

/** Amounts only: every content cell below the header is an amount cell, blank or with its exact value. */
function isAmountColumn(table: GridTable, column: number): boolean {
  const cells = table.rows.slice(table.headerRows).flatMap((row) => {
    const cell = row[column];
    return cell?.kind === 'content' ? [cell] : [];
  });
  return cells.some((c) => c.role === 'amount') && cells.every((c) => c.role === 'amount' && (c.value !== undefined || c.text === ''));
}

/** The texts of the header cells spanning a column, top to bottom (a cell merged down is met once). */
function headerPath(table: GridTable, column: number): string[] {
  const path: string[] = [];
  for (const row of table.rows.slice(0, table.headerRows)) {
    const cell = row.find((c, j): c is ContentCell => c.kind === 'content' && j <= column && column < j + c.colSpan);
    const text = cell?.text.trim();
    if (text && path.at(-1) !== text) path.push(text);
  }
  return path;
}
