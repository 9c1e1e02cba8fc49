import type { Location } from '../../model/diagnostic.js';
import type { ContentCell, GridTable } from '../../document/model.js';
import { printedAmount, type Quantity } from '../compare.js';

/** One leaf column: its header path top-down, a short label for locations, and whether it holds amounts. */
export interface ColumnInfo {
  index: number;
  path: string[];
  label: string;
  amount: boolean;
}

/**
 * A GridTable read back the way an officer reads it: columns by header labels, rows by their label cells,
 * amounts as printed (compare.ts decides how exact each one is).
 */
export interface TableView {
  table: GridTable;
  id: string;
  columns: ColumnInfo[];
  /** Grid row indexes of the body rows (after the header). */
  body: number[];
  /** The first leaf column whose header path ends with `suffix` (whitespace ignored). */
  column(...suffix: string[]): number | undefined;
  /** The content cell at a position, or undefined when a merge covers it. */
  cell(row: number, col: number): ContentCell | undefined;
  /** Printed text at a position; a covered position reads its merge's text. */
  text(row: number, col: number): string;
  /** The printed amount at a content position; undefined when covered or not a number. */
  amount(row: number, col: number): Quantity | undefined;
  /** The label cells left of a column's amount block: `2010301 行政运行`, `合计`. */
  rowLabel(row: number, col: number): string;
  /** A table location for one cell. */
  at(row: number, col: number): Location;
  /** The first body row whose text in `col` is `label` (whitespace ignored). */
  findRow(col: number, label: string): number | undefined;
}

/** Removes every kind of space: the seeds letter-space labels (`本 年 收 入 合 计`), which is typography. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Reads a laid-out table back into columns, rows and printed amounts. */
export function tableView(table: GridTable): TableView {
  const origin = originsOf(table);
  const contentAt = (r: number, c: number): ContentCell | undefined => {
    const cell = table.rows[r]?.[c];
    return cell?.kind === 'content' ? cell : undefined;
  };
  const texts = table.rows.map((row, r) =>
    row.map((_, c) => {
      const o = origin[r]?.[c];
      return o ? (contentAt(o[0], o[1])?.text ?? '') : '';
    }),
  );
  const textAt = (r: number, c: number): string => texts[r]?.[c] ?? '';
  const columnCache = new Map<string, number | undefined>();
  const body = table.rows.map((_, i) => i).filter((i) => i >= table.headerRows);
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const paths = Array.from({ length: width }, (_, c) => headerPath(table, origin, c, textAt));
  const isAmount = (c: number) => body.some((r) => contentAt(r, c)?.role === 'amount');
  const columns: ColumnInfo[] = paths.map((path, index) => ({ index, path, label: labelOf(path, paths), amount: isAmount(index) }));
  const rowLabel = (r: number, c: number) => labelLeftOf(columns, r, c, (k) => ({ text: textAt(r, k), code: roleAt(r, k) === 'code' }));
  const roleAt = (r: number, c: number) => {
    const o = origin[r]?.[c];
    return o ? contentAt(o[0], o[1])?.role : undefined;
  };

  return {
    table,
    id: table.id,
    columns,
    body,
    column(...suffix) {
      const key = suffix.join('›');
      if (!columnCache.has(key)) columnCache.set(key, columns.find((col) => endsWith(col.path, suffix))?.index);
      return columnCache.get(key);
    },
    cell: contentAt,
    text: textAt,
    amount(r, c) {
      const cell = contentAt(r, c);
      return cell ? printedAmount(cell.value ?? cell.text) : undefined;
    },
    rowLabel,
    at: (r, c) => ({ kind: 'table', table: table.id, row: rowLabel(r, c) || `第${r - table.headerRows + 1}行`, column: columns[c]?.label ?? '' }),
    findRow: (c, label) => body.find((r) => squeeze(textAt(r, c)) === squeeze(label)),
  };
}

/** For each position, the [row, col] of the content cell that covers it. */
function originsOf(table: GridTable): ([number, number] | undefined)[][] {
  const origin: ([number, number] | undefined)[][] = table.rows.map((row) => new Array(row.length));
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      for (let i = r; i < r + cell.rowSpan; i++) for (let k = c; k < c + cell.colSpan; k++) if (origin[i]) origin[i]![k] = [r, c];
    }),
  );
  return origin;
}

function headerPath(table: GridTable, origin: ([number, number] | undefined)[][], c: number, textAt: (r: number, c: number) => string): string[] {
  const path: string[] = [];
  let last = '';
  for (let r = 0; r < table.headerRows; r++) {
    const o = origin[r]?.[c];
    const key = o ? o.join(',') : '';
    if (o && key !== last) path.push(squeeze(textAt(r, c)));
    last = key;
  }
  return path;
}

/** The leaf label, or its parent plus leaf when another column has the same leaf (`基本支出小计`). */
function labelOf(path: readonly string[], all: readonly string[][]): string {
  const leaf = path.at(-1) ?? '';
  const clash = all.filter((p) => p.at(-1) === leaf).length > 1;
  return clash ? path.slice(-2).join('') : leaf;
}

function endsWith(path: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > path.length) return false;
  const tail = path.slice(path.length - suffix.length);
  return tail.every((p, i) => p === squeeze(suffix[i] ?? ''));
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
