import type { Location } from '../../model/diagnostic.js';
import type { ContentCell, GridTable } from '../../document/model.js';
import { printedAmount, type PrintedUnit, type Quantity } from '../compare.js';

/** One leaf column: its key (from the table spec), its header path top-down, a short label for locations, and whether it holds amounts. */
export interface ColumnInfo {
  index: number;
  key: string;
  path: string[];
  label: string;
  amount: boolean;
}

/**
 * A GridTable read back by keys: columns by the spec's column key, rows by the row key the layout gives them
 * (never by header text or a row's printed label, which a profile may change), amounts as printed
 * (compare.ts decides how exact each one is). Labels serve only to name a cell in a finding.
 */
export interface TableView {
  table: GridTable;
  /** The printed number (`预算03`), for locations. */
  id: string;
  /** The stable key (`expenditure`). */
  key: string;
  columns: ColumnInfo[];
  /** Grid row indexes of the body rows (after the header). */
  body: number[];
  /** The grid column of a column key; undefined when the table has no such column. */
  col(key: string): number | undefined;
  /** The row key of a position: the cell's own where it has one (the right half of 01/04), else its grid row's. */
  rowKey(row: number, col?: number): string | undefined;
  /** The first body row whose key, read in column `column` when given, is `key` (undefined: the first without a key). */
  row(key: string | undefined, column?: string): number | undefined;
  /** The body rows whose key, read in column `column` when given, starts with `prefix`, in order. */
  rowsWith(prefix: string, column?: string): number[];
  /** The content cell at a position, or undefined when a merge covers it. */
  cell(row: number, col: number): ContentCell | undefined;
  /** Printed text at a position; a covered position reads its merge's text. */
  text(row: number, col: number): string;
  /** The printed amount at a content position, in 万元 whatever the table prints; undefined when covered or not a number. */
  amount(row: number, col: number): Quantity | undefined;
  /** The label cells left of a column's amount block: `2010301 行政运行`, `合计`. */
  rowLabel(row: number, col: number): string;
  /** A table location for one cell. */
  at(row: number, col: number): Location;
}

/** Removes every kind of space: the seeds letter-space labels (`本 年 收 入 合 计`), which is typography. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** The quantity of each amount text already parsed, by the unit it prints in. */
type ParsedAmounts = Map<PrintedUnit, Map<string, Quantity | null>>;

/** Reads a laid-out table back into keyed columns, keyed rows and printed amounts. */
export function tableView(table: GridTable): TableView {
  return readTable(table, new Map());
}

/** Reads the tables of one document: they parse each amount text once between them (the same totals print in several). */
export function tableViews(tables: readonly GridTable[]): TableView[] {
  const parsed: ParsedAmounts = new Map();
  return tables.map((table) => readTable(table, parsed));
}

function readTable(table: GridTable, parsedByUnit: ParsedAmounts): TableView {
  const width = table.rows.reduce((most, row) => Math.max(most, row.length), 0);
  const origin = originsOf(table, width);
  const unit = unitOf(table);
  const contentAt = (r: number, c: number): ContentCell | undefined => {
    const cell = table.rows[r]?.[c];
    return cell?.kind === 'content' ? cell : undefined;
  };
  /** The content cell an origin number names. */
  const originCell = (o: number): ContentCell | undefined => contentAt(Math.floor(o / width), o % width);
  const textAt = (r: number, c: number): string => {
    if (!(c < (table.rows[r]?.length ?? 0))) return '';
    const o = origin[r]?.[c];
    return o === undefined ? '' : (originCell(o)?.text ?? '');
  };
  const body = table.rows.map((_, i) => i).filter((i) => i >= table.headerRows);
  const paths = Array.from({ length: width }, (_, c) => headerPath(table, origin, c, textAt));
  const isAmount = (c: number) => body.some((r) => contentAt(r, c)?.role === 'amount');
  const bodyHeader = (c: number) => body.map((r) => contentAt(r, c)).find((cell) => cell?.role === 'header')?.text ?? '';
  const columns: ColumnInfo[] = paths.map((path, index) => ({
    index,
    key: table.columnKeys[index] ?? '',
    path,
    label: table.headerRows === 0 ? squeeze(bodyHeader(index)) : labelOf(path, paths),
    amount: isAmount(index),
  }));
  const roleAt = (r: number, c: number) => {
    const o = origin[r]?.[c];
    return o === undefined ? undefined : originCell(o)?.role;
  };
  const readLabel = (r: number, c: number) =>
    table.headerRows === 0 ? nearestLabel(r, c, (k) => origin[r]?.[k], width, textAt) : labelLeftOf(columns, r, c, (k) => ({ text: textAt(r, k), code: roleAt(r, k) === 'code' }));
  // Every document rule reads the same cells: labels and amounts are worked out once per position. Left of a
  // header table's amount block, every cell of the block has the same label: it is worked out once per row and block.
  const labelCol = columns.map((_, c) => (table.headerRows === 0 ? c : blockStart(columns, c)));
  const inGrid = (r: number, c: number) => r >= 0 && r < table.rows.length && c >= 0 && c < width;
  // Made when first needed: most tables are never asked for a label, and some for no amount.
  let labels: (string | undefined)[] | undefined;
  const rowLabel = (r: number, col: number): string => {
    if (!inGrid(r, col)) return readLabel(r, col);
    const c = labelCol[col] ?? col;
    labels ??= new Array(table.rows.length * width);
    return (labels[r * width + c] ??= readLabel(r, c));
  };
  // null: read, and not a number.
  let amounts: (Quantity | null | undefined)[] | undefined;
  // A table prints few distinct amounts (blanks, zeros, the same totals in several rows): each is parsed once.
  const parsed = parsedByUnit.get(unit) ?? new Map<string, Quantity | null>();
  parsedByUnit.set(unit, parsed);
  const readAmount = (r: number, c: number): Quantity | undefined => {
    const cell = contentAt(r, c);
    if (!cell) return undefined;
    const text = cell.value ?? cell.text;
    let q = parsed.get(text);
    if (q === undefined) parsed.set(text, (q = printedAmount(text, unit) ?? null));
    return q ?? undefined;
  };
  const amountAt = (r: number, c: number): Quantity | undefined => {
    if (!inGrid(r, c)) return readAmount(r, c);
    amounts ??= new Array(table.rows.length * width);
    return (amounts[r * width + c] ??= readAmount(r, c) ?? null) ?? undefined;
  };
  const colIndex = new Map(columns.map((c) => [c.key, c.index]));
  const rowKey = (r: number, c?: number) => (c === undefined ? undefined : contentAt(r, c)?.row) ?? table.rowKeys[r] ?? undefined;
  const keyIn = (column: string | undefined) => (r: number) => rowKey(r, column === undefined ? undefined : colIndex.get(column));
  const prefixed = new Map<string | undefined, Map<string, number[]>>();
  const firstRows = new Map<string | undefined, Map<string | undefined, number>>();
  /** The first body row of each key, read in `column`: `row` is a lookup, not a scan (the relations ask thousands). */
  const rowsByKey = (column: string | undefined): Map<string | undefined, number> => {
    let index = firstRows.get(column);
    if (!index) {
      index = new Map();
      const keyOf = keyIn(column);
      for (const r of body) {
        const key = keyOf(r);
        if (!index.has(key)) index.set(key, r);
      }
      firstRows.set(column, index);
    }
    return index;
  };

  return {
    table,
    id: table.id,
    key: table.key,
    columns,
    body,
    col: (key) => colIndex.get(key),
    rowKey,
    row: (key, column) => rowsByKey(column).get(key),
    rowsWith(prefix, column) {
      let byPrefix = prefixed.get(column);
      if (!byPrefix) prefixed.set(column, (byPrefix = new Map()));
      let rows = byPrefix.get(prefix);
      if (!rows) byPrefix.set(prefix, (rows = body.filter((r) => keyIn(column)(r)?.startsWith(prefix) ?? false)));
      return [...rows];
    },
    cell: contentAt,
    text: textAt,
    amount: amountAt,
    rowLabel,
    at: (r, c) => ({ kind: 'table', key: table.key, table: table.id, row: rowLabel(r, c) || `第${r - table.headerRows + 1}行`, column: columns[c]?.label ?? '' }),
  };
}

/** The unit a table's amounts print in (and its cells' exact values are recorded in): its format, else its unit line. */
export function unitOf(table: GridTable): PrintedUnit {
  if (table.amountFormat) return table.amountFormat.unit;
  return /单位[:：]\s*元/.test(table.unitLine ?? '') ? '元' : '万元';
}

/**
 * For each position, the content cell that covers it, as one number: row × width + column (a cell's column is
 * below the width), so no pair is made per position.
 */
function originsOf(table: GridTable, width: number): (number | undefined)[][] {
  const origin: (number | undefined)[][] = table.rows.map((row) => new Array(row.length));
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      for (let i = r; i < r + cell.rowSpan; i++) for (let k = c; k < c + cell.colSpan; k++) if (origin[i]) origin[i]![k] = r * width + c;
    }),
  );
  return origin;
}

function headerPath(table: GridTable, origin: (number | undefined)[][], c: number, textAt: (r: number, c: number) => string): string[] {
  const path: string[] = [];
  let last: number | undefined;
  for (let r = 0; r < table.headerRows; r++) {
    const o = origin[r]?.[c];
    if (o !== undefined && o !== last) path.push(squeeze(textAt(r, c)));
    last = o;
  }
  return path;
}

/** The leaf label, or its parent plus leaf when another column has the same leaf (`基本支出小计`). */
function labelOf(path: readonly string[], all: readonly string[][]): string {
  const leaf = path.at(-1) ?? '';
  const clash = all.filter((p) => p.at(-1) === leaf).length > 1;
  return clash ? path.slice(-2).join('') : leaf;
}

/**
 * A table without header rows (the 整体绩效目标表 is a form) names a cell by the nearest text left of it that
 * starts in the same row (`（2）项目支出`), not by labels merged down from rows above.
 */
function nearestLabel(row: number, col: number, originIn: (c: number) => number | undefined, width: number, textAt: (r: number, c: number) => string): string {
  for (let c = col - 1; c >= 0; c--) {
    const o = originIn(c);
    if (o !== undefined && Math.floor(o / width) === row && o % width !== col && textAt(row, c).trim() !== '') return squeeze(textAt(row, c));
  }
  return '';
}

/** The first column of the run of amount columns that ends just left of `col` (`col` itself when none): labelLeftOf reads left of it. */
function blockStart(columns: readonly ColumnInfo[], col: number): number {
  let c = col;
  while (c > 0 && columns[c - 1]?.amount) c--;
  return c;
}

function labelLeftOf(columns: readonly ColumnInfo[], row: number, col: number, read: (c: number) => { text: string; code: boolean }): string {
  let c = col - 1;
  while (c >= 0 && columns[c]?.amount) c--;
  const parts: { text: string; code: boolean }[] = [];
  for (; c >= 0 && !columns[c]?.amount; c--) parts.unshift(read(c));
  let out = '';
  let prevCode = false;
  let last = '';
  for (const p of parts) {
    const t = p.text.trim();
    if (!t || t === last) continue;
    last = t;
    out += out && !(prevCode && p.code) ? ` ${t}` : t;
    prevCode = p.code;
  }
  return out;
}
