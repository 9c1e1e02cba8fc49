import type { GridTable } from '../../document/model.js';
import type { ReadGrid } from '../read-model.js';
import { labelKey } from '../text-clean.js';

/** A position's text through merges: `text(r, c)` reads the cell that covers it. */
type TextAt = (row: number, col: number) => string;

/** Each leaf column's header path, top-down, one label per distinct merged cell (`基本支出 › 人员经费 › 工资福利支出`). */
export function headerPaths(width: number, headerRows: number, origin: (row: number, col: number) => string | undefined, text: TextAt): string[][] {
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    let last: string | undefined;
    for (let r = 0; r < headerRows; r++) {
      const o = origin(r, c);
      if (o !== undefined && o !== last) {
        const t = labelKey(text(r, c));
        if (t !== '') path.push(t);
      }
      last = o;
    }
    return path;
  });
}

/** The header paths of a laid-out (reference) table. */
export function referencePaths(table: GridTable): string[][] {
  const origin = originMap(table.rows.map((row) => row.map((cell) => (cell.kind === 'content' ? { rowSpan: cell.rowSpan, colSpan: cell.colSpan } : null))));
  const text: TextAt = (r, c) => {
    const o = origin[r]?.[c];
    const cell = o ? table.rows[o[0]]?.[o[1]] : undefined;
    return cell?.kind === 'content' ? cell.text : '';
  };
  return headerPaths(table.columnKeys.length, table.headerRows, (r, c) => origin[r]?.[c]?.join(','), text);
}

/** The header paths of a read grid, over its first `headerRows` rows. */
export function gridPaths(grid: ReadGrid, headerRows: number): string[][] {
  const origin = originMap(grid.rows);
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const text: TextAt = (r, c) => {
    const o = origin[r]?.[c];
    return o ? (grid.rows[o[0]]?.[o[1]]?.text ?? '') : '';
  };
  return headerPaths(width, headerRows, (r, c) => origin[r]?.[c]?.join(','), text);
}

/** For each position, the [row, col] of the cell that covers it. */
export function originMap(rows: readonly (readonly ({ rowSpan: number; colSpan: number } | null)[])[]): ([number, number] | undefined)[][] {
  const origin: ([number, number] | undefined)[][] = rows.map((row) => new Array<[number, number] | undefined>(row.length));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      for (let i = r; i < r + cell.rowSpan && i < rows.length; i++) for (let k = c; k < c + cell.colSpan; k++) if (origin[i]) origin[i]![k] = [r, c];
    }),
  );
  return origin;
}

/**
 * Which reference column each read column is: the same header path; else the same leaf label under a parent
 * found in the path; else, for the columns left on both sides in equal number, by position. Returns, for each
 * read column, the reference column index or undefined (a column the edition does not have).
 */
export function matchColumns(read: readonly string[][], reference: readonly string[][]): (number | undefined)[] {
  const result: (number | undefined)[] = read.map(() => undefined);
  const used = new Set<number>();
  const assign = (test: (r: readonly string[], f: readonly string[]) => boolean) => {
    read.forEach((path, i) => {
      if (result[i] !== undefined) return;
      const j = reference.findIndex((ref, k) => !used.has(k) && test(path, ref));
      if (j >= 0) {
        result[i] = j;
        used.add(j);
      }
    });
  };
  assign((r, f) => r.join('›') === f.join('›'));
  assign((r, f) => r.at(-1) === f.at(-1) && r.length > 0 && f.slice(0, -1).every((p) => r.includes(p) || p === ''));
  assign((r, f) => r.at(-1) === f.at(-1) && r.length > 0);
  const leftRead = read.map((_, i) => i).filter((i) => result[i] === undefined);
  const leftRef = reference.map((_, j) => j).filter((j) => !used.has(j));
  if (leftRead.length === leftRef.length) leftRead.forEach((i, k) => (result[i] = leftRef[k]));
  return result;
}
