import type { GridTable } from '../../document/model.js';
import type { ReadCell, ReadLine } from '../read-model.js';
import { cleanText } from '../text-clean.js';
import type { ReadProblem } from '../tables/table-read.js';
import { columnsMissingFromHeader, referenceHeader } from './reference-grid.js';

/** A table read from tab-separated lines: its grid rows (the edition's header, then the body) and the reference columns kept. */
export interface TabGrid {
  rows: (ReadCell | null)[][];
  headerRows: number;
  /** Reference column of each grid column. */
  columns: number[];
  problems: ReadProblem[];
}

const DECIMAL = /(^|\t)\s*[-—]?\d+\.\d+\s*(\t|$)/;

/** True when the lines are a tab-separated table (the PDF extraction kept the cell boundaries as tabs). */
export function isTabTable(lines: readonly ReadLine[]): boolean {
  return lines.filter((l) => l.text.includes('\t')).length >= Math.max(1, lines.length / 3);
}

/**
 * Reads a table whose extraction separates cells by tabs (seed 002): each tab line below the header is one body
 * row, cells by position. A header that stays narrower than the edition's, with labels missing from it, drops
 * those columns (§5.3 002-9); cells beyond the edition's width that are not blank are listed, not guessed.
 */
export function readTabTable(lines: readonly ReadLine[], reference: GridTable, key: string): TabGrid {
  const width = reference.columnKeys.length;
  const tabbed = lines.filter((l) => l.text.includes('\t'));
  const labelColumns = new Set(reference.columnKeys.map((_, c) => c).filter((c) => !isAmountColumn(reference, c)));
  const start = tabbed.findIndex((l) => DECIMAL.test(l.text) || fields(l.text).some((f, c) => labelColumns.has(c) && cleanText(f) === '合计'));
  const header = start < 0 ? tabbed : tabbed.slice(0, start);
  const body = start < 0 ? [] : tabbed.slice(start);
  const extent = Math.max(0, ...body.map((l) => lastFilled(fields(l.text)) + 1), ...header.map((l) => fields(l.text).length));
  const drop = columnsMissingFromHeader(reference, header, width - Math.min(width, extent));
  const columns = reference.columnKeys.map((_, c) => c).filter((c) => !drop.has(c));
  const place = (header[0] ?? body[0] ?? lines[0])?.place ?? { kind: 'line' as const, line: 0 };
  const problems: ReadProblem[] = [];
  const rows: (ReadCell | null)[][] = [...referenceHeader(reference, drop, place)];
  for (const line of body) {
    const cells = fields(line.text);
    if (lastFilled(cells) >= columns.length) problems.push({ table: key, place: line.place, kind: 'cell', message: `该行比表头多出 ${lastFilled(cells) + 1 - columns.length} 个单元格，多出的内容未读取` });
    rows.push(columns.map((_, i) => ({ text: cells[i] ?? '', rowSpan: 1, colSpan: 1, place: line.place })));
  }
  return { rows, headerRows: reference.headerRows, columns, problems };
}

function fields(text: string): string[] {
  return text.split('\t');
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i;
  return -1;
}

function isAmountColumn(reference: GridTable, c: number): boolean {
  return reference.rows.some((row, r) => r >= reference.headerRows && row[c]?.kind === 'content' && (row[c] as { role: string }).role === 'amount');
}
