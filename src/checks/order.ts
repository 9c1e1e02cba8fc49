import { formatLocation, type Diagnostic, type Location } from '../model/diagnostic.js';
import { DATA_SHEETS } from '../input/workbook/sheets/index.js';

/** Files first, then the input (workbook cells or JSON paths), then printed tables, then the narrative. */
const KIND_ORDER: Record<Location['kind'], number> = { file: 0, cell: 1, json: 1, table: 2, narrative: 3 };
const SHEET_ORDER = new Map(DATA_SHEETS.map((s, i) => [s.name, i]));

/**
 * The order findings are listed in (issue 15): by place — sheet in workbook order, then row and column as
 * numbers (K2 before K10, row before column); JSON paths and section ids with their numbers compared as
 * numbers (`lineItems[2]` before `lineItems[10]`) — then by rule id, then by message.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareLocations(a.at, b.at) || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}

/** Stable order of findings (see compareDiagnostics). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Two places in reading order. */
export function compareLocations(a: Location, b: Location): number {
  const kind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (kind !== 0) return kind;
  if (a.kind === 'cell' && b.kind === 'cell') return compareSheets(a.sheet, b.sheet) || compareCells(a.cell, b.cell);
  if (a.kind === 'table' && b.kind === 'table') return naturalCompare(a.table, b.table) || compareText(a.row ?? '', b.row ?? '') || compareText(a.column ?? '', b.column ?? '');
  return naturalCompare(formatLocation(a), formatLocation(b));
}

function compareSheets(a: string, b: string): number {
  const rank = (s: string) => SHEET_ORDER.get(s) ?? SHEET_ORDER.size;
  return rank(a) - rank(b) || compareText(a, b);
}

/** `K2` before `K10`, `Z3` before `AA3`, row 2 before row 3 whatever the columns. */
export function compareCells(a: string, b: string): number {
  const [ca, ra] = splitCell(a);
  const [cb, rb] = splitCell(b);
  return ra - rb || ca - cb || compareText(a, b);
}

function splitCell(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/i.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [col, Number(m[2])];
}

/** Text with its runs of digits compared as numbers: `explanation.2` before `explanation.10`. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const numeric = i % 2 === 1;
    return numeric ? Number(x) - Number(y) || x.length - y.length : compareText(x, y);
  }
  return pa.length - pb.length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
