import type { SegmentReader } from '../assemble/annex.js';
import type { ReadBlock, ReadCell, ReadGrid, ReadLine } from '../read-model.js';
import { cleanText } from '../text-clean.js';
import { splitNotes, textSegment } from '../text/segment.js';

const FIGURE = /^\s*-?\d+\.\d{1,2}\s*$/;
const hasFigure = (row: readonly (ReadCell | null)[]) => row.some((c) => c !== null && FIGURE.test(c.text));

/** The header text of each column over a grid's first `rows` rows (through merges), cleaned. */
function columnHeads(grid: ReadGrid, rows: number): string[] {
  const width = grid.rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    let text = '';
    for (let r = 0; r < rows; r++) {
      for (let k = c; k >= 0; k--) {
        const cell = grid.rows[r]?.[k];
        if (cell) {
          if (k + cell.colSpan > c) text += cleanText(cell.text);
          break;
        }
      }
    }
    return text;
  });
}

/**
 * One table from the grids its pages print (Word repeats the header rows on each page, spec §3.0): the first grid
 * whole, each later one with the same columns without its repeated header rows (as many as the first grid has
 * before its first figure). LibreOffice draws a repeated header shorter than its text, which then runs into the
 * first row below; that overflow (the rest of a column's header) is taken out of the row.
 */
export function joinGrids(grids: readonly ReadGrid[]): ReadGrid {
  const [first, ...rest] = grids;
  if (!first) throw new Error('joinGrids: no grid');
  const width = first.rows[0]?.length ?? 0;
  const headerRows = Math.max(0, first.rows.findIndex(hasFigure));
  const heads = columnHeads(first, headerRows);
  const rows = [...first.rows];
  for (const grid of rest) {
    if ((grid.rows[0]?.length ?? 0) !== width) continue;
    let repeated = 0;
    while (repeated < headerRows && repeated < grid.rows.length && !hasFigure(grid.rows[repeated]!)) repeated++;
    const own = columnHeads(grid, repeated);
    const body = grid.rows.slice(repeated).map((row, i) =>
      i > 0
        ? row
        : row.map((cell, c) => {
            const lost = heads[c]?.startsWith(own[c] ?? '') ? (heads[c] ?? '').slice((own[c] ?? '').length) : '';
            const text = cell ? cleanText(cell.text) : '';
            if (!cell || !lost || text === '') return cell;
            if (text.startsWith(lost)) return { ...cell, text: text.slice(lost.length) };
            return lost.startsWith(text) ? { ...cell, text: '' } : cell;
          }),
    );
    rows.push(...body);
  }
  return { ...first, rows };
}

/**
 * The PDF reader of a table segment: a ruled table is read from its grid (as a .docx table is, header and merges
 * included), its notes from the lines after it; a table printed without borders falls back to the text reader.
 */
export const pdfSegment: SegmentReader = (segment, base, ctx) => {
  const grids = segment.body.flatMap((b) => (b.kind === 'grid' ? [b.grid] : []));
  if (grids.length === 0) return textSegment(segment, base, ctx);
  // The 整体绩效 form is read by its labels (form-table.ts): its grid's rows as tab-separated lines.
  if (base.entry.spec === 'overall-performance') {
    const body = segment.body.flatMap((b): ReadBlock[] => (b.kind === 'line' ? [b] : b.grid.rows.map((row) => ({ kind: 'line', line: { text: row.map((c) => c?.text ?? '').join('\t'), place: b.grid.place } }))));
    return textSegment({ ...segment, body }, base, ctx);
  }
  const last = segment.body.map((b) => b.kind).lastIndexOf('grid');
  const after = segment.body.slice(last + 1).flatMap((b): ReadLine[] => (b.kind === 'line' ? [b.line] : []));
  return { read: { ...base, grid: joinGrids(grids), notes: splitNotes(after).notes }, problems: [] };
};
