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
  const out: Equation[] = [];
  for (const r of rows) {
    const actual = amountAt(t, r, totalCol);
    const expected = actual && sumAt(t, r, partCols);
    if (actual && expected) out.push(new CellEquation(new Cell(t, r, totalCol, actual), what, expected));
  }
  return out;
}

/** For each row: the part column is at most the whole column (`其中：财政拨款不大于一般公共预算小计`). */
export function notAboveAcrossRows(t: TableView, rows: readonly number[], partCol: number, wholeCol: number, what: string): Equation[] {
  const out: Equation[] = [];
  for (const r of rows) {
    const part = t.amount(r, partCol);
    const whole = part && t.amount(r, wholeCol);
    if (part && whole) out.push(new CellEquation(new Cell(t, r, partCol, part), what, whole, 'le'));
  }
  return out;
}

/** For each column: the total row equals the sum of the part rows (`合计行 = Σ 项行`). */
export function downColumns(t: TableView, totalRow: number, partRows: readonly number[], cols: readonly number[], what: string): Equation[] {
  return cols.flatMap((c) => {
    const actual = amountAt(t, totalRow, c);
    const parts = partRows.map((r) => amountAt(t, r, c));
    if (!actual || parts.some((p) => p === undefined)) return [];
    return [new CellEquation(new Cell(t, totalRow, c, actual), `${what}（${t.columns[c]?.label ?? ''}）`, total(parts as Quantity[]))];
  });
}

/** For each column: two rows print the same amounts (`合计行 = 单位行`). */
export function sameRow(t: TableView, row: number, other: number, cols: readonly number[], what: string): Equation[] {
  return cols.flatMap((c) => {
    const actual = amountAt(t, row, c);
    const expected = amountAt(t, other, c);
    return actual && expected ? [new CellEquation(new Cell(t, row, c, actual), `${what}（${t.columns[c]?.label ?? ''}）`, expected, undefined, [new Cell(t, other, c, expected)])] : [];
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
  readonly at: Location;
  q: Quantity;
}

/**
 * A printed amount whose place is named when first read: most cells are read for an equation that holds, and
 * naming a row reads the labels left of it.
 */
export class Cell implements PrintedCell {
  #at: Location | undefined;
  constructor(
    private readonly t: TableView,
    private readonly row: number,
    private readonly col: number,
    readonly q: Quantity,
  ) {}

  get at(): Location {
    return (this.#at ??= this.t.at(this.row, this.col));
  }
}

/** An equation over printed cells, located at the first; the places are named only when read (a failing equation's). */
class CellEquation implements Equation {
  readonly actual: Quantity;
  readonly relation?: 'le';
  #related: Location[] | undefined;
  constructor(
    private readonly cell: PrintedCell,
    readonly what: string,
    readonly expected: Quantity,
    relation?: 'le',
    private readonly others?: readonly PrintedCell[],
  ) {
    this.actual = cell.q;
    if (relation) this.relation = relation;
  }

  get at(): Location {
    return this.cell.at;
  }

  get related(): Location[] | undefined {
    return this.others && (this.#related ??= this.others.map((c) => c.at));
  }
}

/** The printed amount at a row and column; undefined when either or the number is missing. */
export function pick(t: TableView, row: number | undefined, col: number | undefined): PrintedCell | undefined {
  if (row === undefined || col === undefined) return undefined;
  const q = t.amount(row, col);
  return q ? new Cell(t, row, col, q) : undefined;
}

/** `actual = Σ parts` as an equation over picked cells. */
export function cellSum(what: string, actual: PrintedCell, parts: readonly PrintedCell[]): Equation {
  return new CellEquation(actual, what, total(parts.map((p) => p.q)), undefined, parts);
}

/** Amounts printed beside a blank label must be blank: nothing can add them up (01/04 left list rows 11–32). */
export function unlabeledBlank(t: TableView, labelCol: number, amountCol: number): Equation[] {
  return t.body.flatMap((r) => {
    if (t.text(r, labelCol).trim() !== '') return [];
    const q = amountAt(t, r, amountCol);
    return q && !q.value.isZero() ? [new CellEquation(new Cell(t, r, amountCol, q), '没有项目名称的行不应有金额', { value: q.value.minus(q.value), radius: q.radius })] : [];
  });
}
