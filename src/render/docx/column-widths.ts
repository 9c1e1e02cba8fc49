import type { ContentCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { textEms as measure } from './title-lines.js';
import { TABLE_FONT_SIZE } from './typography.js';

/** Left and right cell padding (twips each side) by density: dense tables give their room to the text. */
export const CELL_MARGIN = { normal: 85, compact: 70, dense: 45 } as const;

/**
 * Grid column widths in twips summing to `total`: the spec's relative widths, scaled, then widened where
 * a column holds an amount or a code that would otherwise wrap (`148.5` / `3`), or a Latin run such as
 * `≥95%` or `2024`, which must not break. The extra width comes from columns with room to spare (text
 * columns, which wrap), in proportion to their spare room; without enough spare room, wrapping stays.
 */
export function columnWidths(table: GridTable, total: number): number[] {
  // Asked for by the 目录 page estimate, the table's layout and its rows alike: measured once per table and width.
  let byTotal = measured.get(table);
  if (!byTotal) measured.set(table, (byTotal = new Map()));
  let widths = byTotal.get(total);
  if (!widths) byTotal.set(total, (widths = measureColumns(table, total)));
  return [...widths];
}

const measured = new WeakMap<GridTable, Map<number, readonly number[]>>();

function measureColumns(table: GridTable, total: number): number[] {
  const base = scaleColumns(table.columns, total);
  const need = minimumWidths(table);
  const short = base.map((w, i) => Math.max(0, (need[i] ?? 0) - w));
  const spare = base.map((w, i) => Math.max(0, w - (need[i] ?? 0)));
  const deficit = sum(short);
  const room = sum(spare);
  if (deficit === 0 || room === 0) return base;
  const share = Math.min(1, deficit / room);
  const grant = Math.min(1, room / deficit);
  const widths = base.map((w, i) => Math.floor(w + (short[i] ?? 0) * grant - (spare[i] ?? 0) * share));
  return settle(widths, total);
}

/** Relative character widths → twips summing exactly to `total` (the rounding remainder goes to the widest column). */
export function scaleColumns(columns: number[], total: number): number[] {
  const units = sum(columns);
  if (columns.length === 0 || units <= 0 || columns.some((c) => !(c > 0))) {
    throw new InternalError(`表格列宽无效：${JSON.stringify(columns)}`);
  }
  return settle(
    columns.map((c) => Math.floor((total * c) / units)),
    total,
  );
}

/** A header may wrap to this many lines; narrower, an empty column's header would stand one character a line. */
const HEADER_LINES = 4;

/** The width each column needs so that no single-column cell breaks inside an unbreakable run, and no header wraps past four lines. */
export function minimumWidths(table: GridTable): number[] {
  const points = TABLE_FONT_SIZE[table.density];
  const padding = 2 * CELL_MARGIN[table.density];
  const need = table.columns.map(() => 0);
  for (const row of table.rows) {
    row.forEach((cell, c) => {
      if (cell.kind !== 'content' || cell.colSpan !== 1 || !cell.text) return;
      const fold = cell.role === 'header' ? measure(cell.text) / HEADER_LINES : 0;
      const ems = Math.max(unbreakableEms(cell), fold) * (cell.bold ? 1.05 : 1);
      need[c] = Math.max(need[c] ?? 0, Math.ceil(ems * points * 20 * 1.12) + padding);
    });
  }
  return need;
}

/** The widest run of a cell that a line may not break: all of an amount or code, else the longest non-CJK run (`≥95%`) or one CJK character. */
export function unbreakableEms(cell: Pick<ContentCell, 'text' | 'role'>): number {
  if (cell.role === 'amount' || cell.role === 'code') {
    // Nearly every figure is one line: measured as it is, not split into an array first (this runs over every cell).
    return cell.text.includes('\n') ? Math.max(...cell.text.split('\n').map(measure)) : measure(cell.text);
  }
  return widestRun(cell.text);
}

/**
 * The widest token of `/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+/g` in `text`, measured as textEms measures it, in one
 * pass without cutting the tokens out (this runs over every cell of every table): a character from U+2E80 on is a
 * token of its own, 1 em wide; a run of other characters up to whitespace is one token, its ems added up in order.
 */
function widestRun(text: string): number {
  let widest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80 || isSpace(c)) {
      widest = Math.max(widest, run, c >= 0x2e80 ? 1 : 0);
      run = 0;
    } else run += c >= 0x2000 && c <= 0x2bff ? 1 : 0.6;
  }
  return Math.max(widest, run);
}

/** `\s` below U+2E80: tab, line feed, vertical tab, form feed, CR, space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

function settle(widths: number[], total: number): number[] {
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - sum(widths);
  return widths;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
