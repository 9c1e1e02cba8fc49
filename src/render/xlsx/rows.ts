import { InternalError } from '../../model/diagnostic.js';
import { columnName } from './address.js';
import { BODY_FONT, TITLE_FONT, gridCellStyle, gridCellXml, gridLook, textCellXml } from './cells.js';
import { SUBTITLE_SIZE, TITLE_SIZE, unitColumns, type SheetPlan } from './sheet.js';
import type { SharedStrings } from './strings.js';
import type { CellStyle, StyleTable } from './styles.js';

/** Where a sheet's cells go: the workbook's strings and styles, and the sheet's merges as they are found. */
export interface RowsTarget {
  strings: SharedStrings;
  styles: StyleTable;
  /** `A4:C5` for each merged area, in the order written. */
  merges: string[];
}

/**
 * The `row` elements of a sheet's `sheetData`, one at a time. A merged area is written as Excel does: the value in
 * its top-left cell, and every position it covers a `c` in the same style (borders included), so each edge of the
 * area prints. The grid says what covers what (`layoutTable` gives each position one owner); a covered position
 * with no owner above or to the left is a bug.
 */
export function* sheetRows(plan: SheetPlan, target: RowsTarget): Generator<string> {
  const { table, fontSize, gridTop } = plan;
  const width = Math.max(1, table.columns.length);
  const refs = Array.from({ length: width }, (_, c) => columnName(c));
  const styles = lineStyles(fontSize);
  const text = new TextRows(plan, target, refs);
  text.line(table.label, styles.label);
  text.line(table.title, styles.title);
  if (table.subtitle !== undefined) text.line(table.subtitle, styles.subtitle);
  if (table.nameLine !== undefined || table.unitLine !== undefined) text.nameLine();
  yield* text.take();
  if (text.row !== gridTop) throw new InternalError(`表 ${table.id} 的标题行数与 gridTopOf 不一致`);
  yield* gridRows(plan, target, refs);
  text.row += table.rows.length;
  for (const note of table.notes) text.line(note, styles.note);
  yield* text.take();
}

/** The styles of a sheet's text lines at its body font size. */
interface LineStyles {
  label: Readonly<CellStyle>;
  title: Readonly<CellStyle>;
  subtitle: Readonly<CellStyle>;
  name: Readonly<CellStyle>;
  unit: Readonly<CellStyle>;
  note: Readonly<CellStyle>;
}

/** The text lines' styles at a body font size, made and frozen once, so a StyleTable finds them by identity. */
function lineStyles(fontSize: number): LineStyles {
  let styles = LINE_STYLES.get(fontSize);
  if (styles === undefined) {
    const line = (size: number, horizontal: CellStyle['horizontal'], more: Partial<CellStyle> = {}): Readonly<CellStyle> =>
      Object.freeze({ font: BODY_FONT, size, bold: false, horizontal, wrap: false, indent: false, border: false, amount: false, ...more });
    styles = {
      label: line(fontSize + 1, 'left'),
      title: line(TITLE_SIZE, 'center', { bold: true, font: TITLE_FONT }),
      subtitle: line(SUBTITLE_SIZE, 'center'),
      name: line(fontSize, 'left'),
      unit: line(fontSize, 'right'),
      note: line(fontSize, 'left', { wrap: true }),
    };
    LINE_STYLES.set(fontSize, styles);
  }
  return styles;
}

const LINE_STYLES = new Map<number, LineStyles>();

/** The one-line text rows above and below the grid, each merged over its columns. */
class TextRows {
  row = 1;
  private pending: string[] = [];

  constructor(
    private readonly plan: SheetPlan,
    private readonly target: RowsTarget,
    private readonly refs: readonly string[],
  ) {}

  /** A line over all columns. */
  line(text: string, style: Readonly<CellStyle>): void {
    const cells: string[] = [];
    this.put(cells, 0, this.refs.length - 1, text, style);
    this.end(cells);
  }

  /** `部门名称：…` on the left and `单位：万元` on the right of one row (with one column, the unit wins). */
  nameLine(): void {
    const { table, fontSize } = this.plan;
    const styles = lineStyles(fontSize);
    const width = this.refs.length;
    const unitFrom = width - unitColumns(table);
    const cells: string[] = [];
    if (table.nameLine !== undefined) this.put(cells, 0, Math.max(1, unitFrom) - 1, table.nameLine, styles.name);
    if (table.unitLine !== undefined) this.put(cells, unitFrom, width - 1, table.unitLine, styles.unit);
    this.end(cells);
  }

  /** Rows finished since the last call. */
  take(): string[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  private put(cells: string[], from: number, to: number, text: string, style: Readonly<CellStyle>): void {
    const s = this.target.styles.xf(style);
    cells[from] = textCellXml(`${this.refs[from]}${this.row}`, s, text, this.target.strings);
    for (let c = from + 1; c <= to; c++) cells[c] = `<c r="${this.refs[c]}${this.row}" s="${s}"/>`;
    if (to > from) this.target.merges.push(`${this.refs[from]}${this.row}:${this.refs[to]}${this.row}`);
  }

  private end(cells: readonly string[]): void {
    this.pending.push(`${rowOpen(this.row, this.plan.heights[this.row - 1])}${cells.join('')}</row>`);
    this.row++;
  }
}

/** The grid's rows, from `plan.gridTop` on. */
function* gridRows(plan: SheetPlan, target: RowsTarget, refs: readonly string[]): Generator<string> {
  const { table, fontSize, gridTop } = plan;
  // For each column, the last row of the merge reaching down into later rows, and its style.
  const belowUntil = table.columns.map(() => -1);
  const belowStyle = table.columns.map(() => 0);
  const styles: number[] = []; // the xf of each look a grid cell can have, by gridLook
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const number = gridTop + r;
    let out = rowOpen(number, plan.heights[number - 1]);
    let rightUntil = -1;
    let rightStyle = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const ref = `${refs[c]}${number}`;
      if (cell?.kind === 'content') {
        const look = gridLook(cell);
        const s = (styles[look] ??= target.styles.xf(gridCellStyle(cell, fontSize)));
        out += gridCellXml(ref, s, cell, target.strings);
        if (cell.rowSpan === 1 && cell.colSpan === 1) continue;
        target.merges.push(`${ref}:${refs[c + cell.colSpan - 1]}${number + cell.rowSpan - 1}`);
        rightUntil = c + cell.colSpan - 1;
        rightStyle = s;
        if (cell.rowSpan > 1)
          for (let k = c; k < c + cell.colSpan; k++) {
            belowUntil[k] = r + cell.rowSpan - 1;
            belowStyle[k] = s;
          }
      } else {
        const owner = c <= rightUntil ? rightStyle : (belowUntil[c] ?? -1) >= r ? belowStyle[c] : undefined;
        if (owner === undefined) throw new InternalError(`${table.label} 第${r + 1}行第${c + 1}列的合并区域不完整`);
        out += `<c r="${ref}" s="${owner}"/>`;
      }
    }
    yield `${out}</row>`;
  }
}

/** A `row` start tag, with its height when it sets one. */
function rowOpen(row: number, height: number | undefined): string {
  return height === undefined ? `<row r="${row}">` : `<row r="${row}" ht="${height}" customHeight="1">`;
}
