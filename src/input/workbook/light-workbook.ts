import { columnLetters, parseCellRef } from './xml-scan.js';

/** A cell's content as the reader receives it (the shapes exceljs gives, the ones `rawOf` reads). */
export type CellContent =
  | null
  | string
  | number
  | boolean
  | Date
  | { error: string }
  | { formula: string; result?: string | number | boolean | Date | { error: string } };

/** One cell of a sheet: its content, number format and merge. */
export interface ReadCell {
  readonly address: string;
  readonly value: CellContent;
  readonly numFmt: string;
  readonly isMerged: boolean;
  readonly master: { readonly address: string };
}

/** What the sheet readers use of a worksheet: cells by position or address, rows, size, merges. */
export interface ReadSheet {
  readonly name: string;
  /** The last row holding content or a merge (0 for an empty sheet). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** Whether a row holds content or a merge. */
  findRow(row: number): boolean;
  /** A cell of a row that exists (blank when nothing is there); undefined when the row does not. */
  findCell(row: number, column: number): ReadCell | undefined;
  /** A cell by address, blank when nothing is there. */
  getCell(address: string): ReadCell;
  /** Merged ranges (`B5:B7`). */
  readonly merges: readonly string[];
}

/** The workbook as the reader sees it: sheets in tab order. */
export interface ReadBook {
  readonly worksheets: readonly ReadSheet[];
  getWorksheet(name: string): ReadSheet | undefined;
}

/** A cell as kept: position, content and style index. */
export interface SheetCell {
  row: number;
  column: number;
  value: CellContent;
  numFmt: string;
}

/** A worksheet held as plain data: only cells with content, and merges. */
export class LightSheet implements ReadSheet {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly cells = new Map<number, SheetCell>();
  private readonly rows = new Set<number>();
  private readonly masters = new Map<number, string>();

  constructor(
    readonly name: string,
    cells: readonly SheetCell[],
    readonly merges: readonly string[],
  ) {
    let rows = 0;
    let columns = 0;
    for (const cell of cells) {
      this.cells.set(key(cell.row, cell.column), cell);
      this.rows.add(cell.row);
      rows = Math.max(rows, cell.row);
      columns = Math.max(columns, cell.column);
    }
    for (const range of merges) {
      const [a, b] = range.split(':').map(parseCellRef);
      if (!a || !b) continue;
      const master = `${columnLetters(a.column)}${a.row}`;
      for (let r = a.row; r <= b.row; r++) {
        this.rows.add(r);
        for (let c = a.column; c <= b.column; c++) this.masters.set(key(r, c), master);
      }
      rows = Math.max(rows, b.row);
      columns = Math.max(columns, b.column);
    }
    this.rowCount = rows;
    this.columnCount = columns;
  }

  findRow(row: number): boolean {
    return this.rows.has(row);
  }

  findCell(row: number, column: number): ReadCell | undefined {
    return this.rows.has(row) ? this.cellAt(row, column) : undefined;
  }

  getCell(address: string): ReadCell {
    const at = parseCellRef(address);
    return at ? this.cellAt(at.row, at.column) : blank(address);
  }

  private cellAt(row: number, column: number): ReadCell {
    const address = `${columnLetters(column)}${row}`;
    const master = this.masters.get(key(row, column));
    const stored = this.cells.get(key(row, column));
    // A merge's covered cells show its top-left cell's content, as in Excel.
    const shown = master && master !== address ? this.cells.get(keyOf(master)) : stored;
    return {
      address,
      value: shown?.value ?? null,
      numFmt: shown?.numFmt ?? '',
      isMerged: master !== undefined,
      master: { address: master ?? address },
    };
  }
}

/** A workbook of LightSheets. */
export class LightBook implements ReadBook {
  constructor(readonly worksheets: readonly ReadSheet[]) {}

  getWorksheet(name: string): ReadSheet | undefined {
    return this.worksheets.find((ws) => ws.name === name);
  }
}

function key(row: number, column: number): number {
  return row * 20_000 + column;
}

function keyOf(address: string): number {
  const at = parseCellRef(address);
  return at ? key(at.row, at.column) : -1;
}

function blank(address: string): ReadCell {
  return { address, value: null, numFmt: '', isMerged: false, master: { address } };
}
