import { formatPath, type Location } from '../../model/diagnostic.js';

/**
 * Where each schema path was read from. `locate` walks a path up to the longest recorded prefix, so a
 * value maps to its cell, a record to its row, a list to its first row, and anything else to a sheet.
 */
export class CellMap {
  private readonly cells = new Map<string, { sheet: string; cell: string }>();

  constructor(private readonly fallback: { sheet: string; cell: string }) {}

  /** Records `path` → `sheet!cell`; the first record of a path wins (a list's anchor is its first row). */
  at(path: readonly PropertyKey[], sheet: string, cell: string): void {
    const key = formatPath(path);
    if (!this.cells.has(key)) this.cells.set(key, { sheet, cell });
  }

  /** Overrides a path's cell (a value cell is more precise than an anchor recorded before it). */
  set(path: readonly PropertyKey[], sheet: string, cell: string): void {
    this.cells.set(formatPath(path), { sheet, cell });
  }

  /** The cell a schema path came from, else its nearest recorded ancestor, else the fallback sheet cell. */
  locate(path: readonly PropertyKey[]): Location {
    for (let length = path.length; length >= 0; length--) {
      const found = this.cells.get(formatPath(path.slice(0, length)));
      if (found) return { kind: 'cell', ...found };
    }
    return { kind: 'cell', ...this.fallback };
  }
}
