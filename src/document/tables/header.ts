import type { GridCell } from '../model.js';
import type { ColumnSpec, HeaderLabel } from './spec.js';

interface Level {
  label: string;
  row: number;
  rows: number;
  /** Identity of the node: its path and rows, so equal neighbours merge. */
  key: string;
}

/** Header rows a set of columns needs: the longest path, counting explicit row spans. */
export function headerDepth(columns: readonly ColumnSpec[]): number {
  return Math.max(0, ...columns.map((c) => c.header.reduce((n, h) => n + rowsOf(h), 0)));
}

/**
 * Lays out the header tree (spec §3 "Merges"): each path level becomes a cell; neighbours with the same
 * path prefix and rows merge across, and a path's last level fills the rows below it.
 */
export function layoutHeader(columns: readonly ColumnSpec[]): GridCell[][] {
  const depth = headerDepth(columns);
  const grid: (GridCell | undefined)[][] = Array.from({ length: depth }, () => new Array<GridCell | undefined>(columns.length));
  const levels = columns.map((c) => levelsOf(c.header, depth));
  levels.forEach((column, c) => {
    column.forEach((level, i) => {
      const left = levels[c - 1]?.[i];
      if (left && left.key === level.key) return;
      let span = 1;
      while (levels[c + span]?.[i]?.key === level.key) span++;
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
  return grid.map((row, r) =>
    Array.from(row, (cell, c) => {
      if (!cell) throw new Error(`表头第${r + 1}行第${c + 1}列没有内容（列 ${columns[c]?.key}）`);
      return cell;
    }),
  );
}

function rowsOf(h: HeaderLabel): number {
  return typeof h === 'string' ? 1 : h.rows;
}

function levelsOf(header: readonly HeaderLabel[], depth: number): Level[] {
  const levels: Level[] = [];
  let row = 0;
  const path: string[] = [];
  header.forEach((h, i) => {
    const label = typeof h === 'string' ? h : h.label;
    const rows = i === header.length - 1 ? depth - row : rowsOf(h);
    path.push(label);
    levels.push({ label, row, rows, key: JSON.stringify([path, row, rows]) });
    row += rows;
  });
  return levels;
}
