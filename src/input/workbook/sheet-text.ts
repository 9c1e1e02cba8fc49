import type { ReadCell, ReadSheet } from './light-workbook.js';
import { rawOf } from './raw-cell.js';

/** A label or header as compared: full-width forms folded, spaces and required-marks dropped. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/^[*＊]+|[*＊:：]+$/g, '');
}

/** A cell's text for matching labels and headers (formulas by their cached result); a missing cell is blank. */
export function cellText(cell: ReadCell | undefined): string {
  if (!cell) return '';
  const raw = rawOf(cell.value);
  if (raw.kind === 'string') return raw.text;
  if (raw.kind === 'number') return String(raw.value);
  return '';
}

/** Merged ranges by their top-left cell: `B5` → `B5:B7`. */
export function mergeMasters(ws: ReadSheet): Map<string, string> {
  const map = new Map<string, string>();
  for (const range of ws.merges) {
    const master = String(range).split(':')[0];
    if (master) map.set(master, String(range));
  }
  return map;
}
