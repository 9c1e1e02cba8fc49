import type { GridCell, GridTable } from '../model.js';
import type { ColumnKind, ColumnSpec } from './spec.js';

const LIMITS: Record<ColumnKind, { min: number; max: number }> = {
  code: { min: 4, max: 22 },
  label: { min: 8, max: 30 },
  amount: { min: 7, max: 11 },
  text: { min: 6, max: 24 },
};

/** Display width of a text in characters: CJK and full-width forms count 2 (spec §3.0 page layout). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character beyond the BMP, where no range below is wide.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += unit >= 0x1100 && isWide(unit) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2026
  );
}

/** Header lines a column's label may wrap onto: amount headers stack up to 4 lines, others 2 (the seeds do). */
const HEADER_LINES: Record<ColumnKind, number> = { code: 2, label: 2, amount: 4, text: 2 };

/**
 * Column widths in characters: the widest single-column cell, within the column's limits. A header label
 * counts as wrapped onto a few lines, so a long header does not widen a narrow amount column.
 */
export function columnWidths(columns: readonly ColumnSpec[], rows: readonly GridCell[][], headerRows: number): number[] {
  const widest = new Array<number>(columns.length).fill(0);
  const lines = columns.map((column) => HEADER_LINES[column.kind]);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < columns.length; c++) {
      const cell = row[c];
      if (cell?.kind !== 'content' || cell.colSpan !== 1 || cell.text === '') continue;
      const w = displayWidth(cell.text);
      const counted = r < headerRows ? Math.ceil(w / lines[c]!) : w;
      if (counted > widest[c]!) widest[c] = counted;
    }
  }
  return columns.map((column, c) => {
    const min = column.minWidth ?? LIMITS[column.kind].min;
    const max = column.maxWidth ?? LIMITS[column.kind].max;
    return Math.max(min, Math.min(max, widest[c]! + 2));
  });
}

/** Font size class from the total width: wide tables print smaller (spec §3.0). */
export function densityOf(widths: readonly number[]): GridTable['density'] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= 130) return 'normal';
  if (total <= 200) return 'compact';
  return 'dense';
}
