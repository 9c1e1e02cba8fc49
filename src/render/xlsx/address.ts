import { columnLetters } from '../../model/cell-address.js';

/** The spreadsheet column of a 0-based grid column: `0` → `A`, `26` → `AA`. */
export function columnName(index: number): string {
  return columnLetters(index + 1);
}

/** `B7` → row 7, 0-based column 1; undefined for anything else. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(address);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: column - 1 };
}
