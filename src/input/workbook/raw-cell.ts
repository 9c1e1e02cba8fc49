import type { CellContent } from './light-workbook.js';

/** A cell's content as the reader sees it: formulas replaced by their cached result, rich text flattened. */
export type RawCell =
  | { kind: 'empty' }
  | { kind: 'string'; text: string }
  /** `computed`: a formula's cached result, which may carry binary floating-point noise (0.1 + 0.2). */
  | { kind: 'number'; value: number; percent: boolean; computed?: boolean }
  | { kind: 'bool'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; code: string }
  | { kind: 'no-result'; formula: string };

const EMPTY: RawCell = { kind: 'empty' };

/** Flattens a cell's content; a formula yields its cached result, never an evaluation of ours. */
export function rawOf(value: CellContent, numFmt = '', computed = false): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'string', text: value };
  if (typeof value === 'number') return { kind: 'number', value, percent: /%/.test(numFmt), ...(computed ? { computed } : {}) };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) return { kind: 'date', value };
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if (value.result === undefined) return { kind: 'no-result', formula: value.formula };
  return rawOf(value.result, numFmt, true);
}

/** How a raw value reads in a message: `“12,3O”`, `12.345`, `日期 2024-03-12`. */
export function describeRaw(raw: RawCell): string {
  switch (raw.kind) {
    case 'empty':
      return '空白';
    case 'string':
      return `“${raw.text.length > 40 ? `${raw.text.slice(0, 40)}…` : raw.text}”`;
    case 'number':
      return String(raw.value);
    case 'bool':
      return raw.value ? 'TRUE' : 'FALSE';
    case 'date':
      return `日期 ${isoDate(raw.value)}`;
    case 'error':
      return `错误值 ${raw.code}`;
    case 'no-result':
      return `公式 =${raw.formula}`;
  }
}

/** `2024-03-12`: exceljs gives dates as UTC instants of the serial number. */
export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '无效日期' : date.toISOString().slice(0, 10);
}
