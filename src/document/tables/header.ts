import type { GridCell } from '../model.js';
import type { ColumnSpec, HeaderLabel } from './spec.js';

interface Level {
  label: string;
  row: number;
  rows: number;
}

/** Header rows a set of columns needs: the longest path, counting explicit row spans. */
export function headerDepth(columns: readonly ColumnSpec[]): number {
  let depth = 0;
  for (const column of columns) {
    let rows = 0;
    for (const h of column.header) rows += rowsOf(h);
    if (rows > depth) depth = rows;
  }
  return depth;
}

/**
 * Lays out the header tree (spec §3 "Merges"): each path level becomes a cell; neighbours with the same
 * path prefix and rows merge across, and a path's last level fills the rows below it.
 */
export function layoutHeader(columns: readonly ColumnSpec[], depth = headerDepth(columns)): GridCell[][] {
  const grid: (GridCell | undefined)[][] = Array.from({ length: depth }, () => new Array<GridCell | undefined>(columns.length));
  const levels = columns.map((c) => levelsOf(c.header, depth));
  levels.forEach((column, c) => {
    column.forEach((level, i) => {
      if (c > 0 && sameNode(levels[c - 1]!, column, i)) return;
      let span = 1;
      while (c + span < levels.length && sameNode(levels[c + span]!, column, i)) span++;
      grid[level.row]![c] = {
        kind: 'content',
        text: level.label,
        role: 'header',
        rowSpan: level.rows,
        colSpan: span,
        align: 'center',
        bold: true,
      };
      for (let r = level.row; r < level.row + level.rows; r++)
        for (let k = c; k < c + span; k++) if (r !== level.row || k !== c) grid[r]![k] = { kind: 'covered' };
    });
  });
  const rows: GridCell[][] = [];
  for (let r = 0; r < depth; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < columns.length; c++) {
      const cell = grid[r]![c];
      if (!cell) throw new Error(`表头第${r + 1}行第${c + 1}列没有内容（列 ${columns[c]?.key}）`);
      row.push(cell);
    }
    rows.push(row);
  }
  return rows;
}

function rowsOf(h: HeaderLabel): number {
  return typeof h === 'string' ? 1 : h.rows;
}

function levelsOf(header: readonly HeaderLabel[], depth: number): Level[] {
  const levels: Level[] = [];
  let row = 0;
  header.forEach((h, i) => {
    const label = typeof h === 'string' ? h : h.label;
    const rows = i === header.length - 1 ? depth - row : rowsOf(h);
    levels.push({ label, row, rows });
    row += rows;
  });
  return levels;
}

/** Whether two columns share level i's node: the same labels down to it, and the same rows there, so they merge. */
function sameNode(a: readonly Level[], b: readonly Level[], i: number): boolean {
  const x = a[i];
  const y = b[i];
  if (!x || !y || x.row !== y.row || x.rows !== y.rows) return false;
  for (let j = 0; j <= i; j++) if (a[j]!.label !== b[j]!.label) return false;
  return true;
}
