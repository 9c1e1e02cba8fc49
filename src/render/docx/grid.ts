import type { ContentCell, GridCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';

/** Where a grid position's cell comes from: a content cell, or the origin of the merge covering it. */
export type Slot = { kind: 'origin'; cell: ContentCell } | { kind: 'covered'; row: number; col: number; cell: ContentCell };

/**
 * The docx merge rule: a horizontal span is one `w:tc` with `w:gridSpan` (the covered positions to its right
 * are omitted); a vertical span is a `w:vMerge restart` cell followed, in each row below, by a
 * `w:vMerge continue` cell of the same gridSpan (grid-xml.ts). docx 9.7's `rowSpan` option inserts those cells
 * on its own and misplaces them when several merges start in one row (dolanmiu/docx #456, #695), so the writer
 * places them from this map. Checks the grid (every position is content or covered by exactly one merge) and
 * maps each position.
 */
export function mapSlots(table: GridTable): Slot[][] {
  const width = table.columns.length;
  const slots: (Slot | undefined)[][] = [];
  for (const row of table.rows) slots.push(new Array<Slot | undefined>(width).fill(undefined));
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (row.length !== width) throw new InternalError(`${table.label} 第${r + 1}行有${row.length}列，应为${width}列`);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell?.kind === 'content') claim(table, slots, r, c, cell);
    }
  }
  // Checked in place (a loop per table, no second copy of the map): every position claimed, only covered cells by a merge.
  for (let r = 0; r < slots.length; r++) {
    const row = slots[r] ?? [];
    for (let c = 0; c < width; c++) {
      const slot = row[c];
      if (!slot) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列是被合并的位置，但没有合并区域覆盖它`);
      if (slot.kind === 'covered' && table.rows[r]?.[c]?.kind !== 'covered') throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列与合并区域重叠`);
    }
  }
  return slots as Slot[][];
}

function claim(table: GridTable, slots: (Slot | undefined)[][], r: number, c: number, cell: ContentCell): void {
  for (let dr = 0; dr < cell.rowSpan; dr++) {
    for (let dc = 0; dc < cell.colSpan; dc++) {
      const row = slots[r + dr];
      if (!row || c + dc >= row.length) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并超出表格`);
      if (row[c + dc]) throw new InternalError(`${table.label} 第${r + dr + 1}行第${c + dc + 1}列被两个单元格占用`);
      row[c + dc] = dr === 0 && dc === 0 ? { kind: 'origin', cell } : { kind: 'covered', row: r, col: c, cell };
    }
  }
}

/**
 * Rows that keep with the next row (Word's way to hold rows together): every row of a keepTogether range but
 * its last, and a body row made only of header cells (a sub-header such as 一级指标…), which must not end a page.
 */
export function keptRows(table: GridTable): Set<number> {
  const rows = new Set<number>();
  for (const [first, last] of table.keepTogether ?? []) {
    for (let r = first; r < last; r++) rows.add(r);
  }
  table.rows.forEach((row, r) => {
    const cells = row.filter((c) => c.kind === 'content');
    if (r >= table.headerRows && r < table.rows.length - 1 && cells.length > 0 && cells.every((c) => c.role === 'header')) rows.add(r);
  });
  return rows;
}
