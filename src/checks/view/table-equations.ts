import type { Location } from '../../model/diagnostic.js';
import type { Equation } from '../equations.js';
import { total, type Quantity } from '../compare.js';
import type { TableView } from './table-view.js';

/** The printed amount of a cell, or undefined when the position is covered or not a number. */
export function amountAt(t: TableView, row: number, col: number | undefined): Quantity | undefined {
  return col === undefined ? undefined : t.amount(row, col);
}

/** Σ of printed amounts; undefined when any part cannot be read. */
export function sumAt(t: TableView, row: number, cols: readonly (number | undefined)[]): Quantity | undefined {
  const parts = cols.map((c) => amountAt(t, row, c));
  return parts.every((p): p is Quantity => p !== undefined) ? total(parts) : undefined;
}

/** For each row: the total column equals the sum of the part columns (`合计 = 基本支出小计 + 项目支出小计`). */
export function acrossRows(t: TableView, rows: readonly number[], totalCol: number, partCols: readonly number[], what: string): Equation[] {
  return rows.flatMap((r) => {
    const actual = amountAt(t, r, totalCol);
    const expected = sumAt(t, r, partCols);
    return actual && expected ? [{ at: t.at(r, totalCol), what, actual, expected }] : [];
  });
}

/** For each column: the total row equals the sum of the part rows (`合计行 = Σ 项行`). */
export function downColumns(t: TableView, totalRow: number, partRows: readonly number[], cols: readonly number[], what: string): Equation[] {
  return cols.flatMap((c) => {
    const actual = amountAt(t, totalRow, c);
    const parts = partRows.map((r) => amountAt(t, r, c));
    if (!actual || parts.some((p) => p === undefined)) return [];
    return [{ at: t.at(totalRow, c), what: `${what}（${t.columns[c]?.label ?? ''}）`, actual, expected: total(parts as Quantity[]) }];
  });
}

/** For each column: two rows print the same amounts (`合计行 = 单位行`). */
export function sameRow(t: TableView, row: number, other: number, cols: readonly number[], what: string): Equation[] {
  return cols.flatMap((c) => {
    const actual = amountAt(t, row, c);
    const expected = amountAt(t, other, c);
    return actual && expected ? [{ at: t.at(row, c), what: `${what}（${t.columns[c]?.label ?? ''}）`, actual, expected, related: [t.at(other, c)] }] : [];
  });
}

/** The amount columns of a table, in order. */
export function amountColumns(t: TableView): number[] {
  return t.columns.filter((c) => c.amount).map((c) => c.index);
}

/** Columns by key; undefined when any is missing (the table is not the one the rule reads). */
export function columnsOf(t: TableView, ...keys: string[]): number[] | undefined {
  const cols = keys.map((k) => t.col(k));
  return cols.every((c): c is number => c !== undefined) ? cols : undefined;
}

/** One readable printed amount and where it is. */
export interface PrintedCell {
  at: Location;
  q: Quantity;
}

/** The printed amount at a row and column; undefined when either or the number is missing. */
export function pick(t: TableView, row: number | undefined, col: number | undefined): PrintedCell | undefined {
  if (row === undefined || col === undefined) return undefined;
  const q = t.amount(row, col);
  return q ? { at: t.at(row, col), q } : undefined;
}

/** `actual = Σ parts` as an equation over picked cells. */
export function cellSum(what: string, actual: PrintedCell, parts: readonly PrintedCell[]): Equation {
  return { at: actual.at, what, actual: actual.q, expected: total(parts.map((p) => p.q)), related: parts.map((p) => p.at) };
}

/** Amounts printed beside a blank label must be blank: nothing can add them up (01/04 left list rows 11–32). */
export function unlabeledBlank(t: TableView, labelCol: number, amountCol: number): Equation[] {
  return t.body.flatMap((r) => {
    if (t.text(r, labelCol).trim() !== '') return [];
    const q = amountAt(t, r, amountCol);
    return q && !q.value.isZero() ? [{ at: t.at(r, amountCol), what: '没有项目名称的行不应有金额', actual: q, expected: { value: q.value.minus(q.value), radius: q.radius } }] : [];
  });
}
