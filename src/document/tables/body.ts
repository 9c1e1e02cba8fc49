import type { ResolvedItem } from '../../compute/items.js';
import { Decimal } from '../../model/money.js';
import { DEFAULT_CELL_DISPLAY, printCellAmount, type CellDisplay, type PrintedAmount } from '../style/table.js';
import type { ContentCell, GridCell, Provenance } from '../model.js';
import type { BodyCell, BodyRow, CellInput, ColumnKind, ColumnSpec, Selector } from './spec.js';

/** What tracing needs: the resolved line items and the table's own selector (issue 13). */
export interface TraceScope {
  items: readonly ResolvedItem[];
  table?: Selector | undefined;
}

const ROLE: Record<ColumnKind, ContentCell['role']> = { code: 'code', label: 'label', amount: 'amount', text: 'text' };
const ALIGN: Record<ContentCell['role'], ContentCell['align']> = {
  code: 'left',
  label: 'left',
  amount: 'right',
  text: 'left',
  header: 'center',
};

/**
 * Lays out body rows under the header: each row's cells by column key, spans marking the positions they
 * cover. A position already covered by a span from above is skipped; a cell a row does not name is blank.
 * Amounts print in the table's display (unit, decimals, zero); the Luoyang one by default.
 */
export function layoutBody(columns: readonly ColumnSpec[], rows: readonly BodyRow[], trace?: TraceScope, display: CellDisplay = DEFAULT_CELL_DISPLAY): GridCell[][] {
  const width = columns.length;
  const height = rows.length;
  // Built in place, row by row (no per-cell closures or normalised copies): a large document has hundreds of thousands of cells.
  const grid: GridCell[][] = new Array<GridCell[]>(height);
  for (let r = 0; r < height; r++) grid[r] = new Array<GridCell>(width);
  const known = new Set<string>();
  for (const column of columns) known.add(column.key);
  for (let r = 0; r < height; r++) {
    const row = rows[r]!;
    const line = grid[r]!;
    for (const key in row.cells) if (!known.has(key)) throw new Error(`表格行引用了不存在的列 ${key}`);
    for (let c = 0; c < width; c++) {
      if (line[c]) continue;
      const column = columns[c]!;
      const input = row.cells[column.key];
      const cell = contentCell(column, input, row.bold, display);
      if (trace && cell.text !== '') {
        const source = provenanceOf(normalise(input), row, column, trace);
        if (source) cell.source = source;
      }
      const { rowSpan, colSpan } = cell;
      if (r + rowSpan > height || c + colSpan > width) throw new Error(`第${r + 1}行列 ${column.key} 的合并范围超出表格`);
      line[c] = cell;
      if (rowSpan > 1 || colSpan > 1) cover(grid, r, c, rowSpan, colSpan);
    }
  }
  return grid;
}

/** Marks the positions a span covers, beyond its own. */
function cover(grid: GridCell[][], r: number, c: number, rowSpan: number, colSpan: number): void {
  for (let i = r; i < r + rowSpan; i++)
    for (let k = c; k < c + colSpan; k++) {
      if (i === r && k === c) continue;
      if (grid[i]![k]) throw new Error(`第${i + 1}行第${k + 1}列被两个合并单元格覆盖`);
      grid[i]![k] = { kind: 'covered' };
    }
}

/** One content cell, its fields set in the order the model's JSON (and so the embedded model part) prints them. */
function contentCell(column: ColumnSpec, input: CellInput, rowBold: boolean | undefined, display: CellDisplay): ContentCell {
  if (input === undefined || typeof input === 'string') return plainCell(input ?? '', ROLE[column.kind], 1, 1, undefined, rowBold);
  if (Decimal.isDecimal(input)) {
    const printed = printCellAmount(input, false, display);
    return printed ? amountCell(printed, 'amount', 1, 1, undefined, rowBold) : plainCell('', 'amount', 1, 1, undefined, rowBold);
  }
  const bold = input.bold ?? rowBold;
  const rowSpan = input.rowSpan ?? 1;
  const colSpan = input.colSpan ?? 1;
  const printed = input.amount ? printCellAmount(input.amount, input.showZero ?? false, display) : undefined;
  const role = input.role ?? (input.amount ? 'amount' : ROLE[column.kind]);
  const out = printed ? amountCell(printed, role, rowSpan, colSpan, input.align, bold) : plainCell(input.text ?? '', role, rowSpan, colSpan, input.align, bold);
  if (input.row !== undefined) out.row = input.row;
  return out;
}

function plainCell(text: string, role: ContentCell['role'], rowSpan: number, colSpan: number, align: ContentCell['align'] | undefined, bold: boolean | undefined): ContentCell {
  const out: ContentCell = { kind: 'content', text, role, rowSpan, colSpan, align: align ?? ALIGN[role] };
  if (bold) out.bold = bold;
  return out;
}

function amountCell(printed: PrintedAmount, role: ContentCell['role'], rowSpan: number, colSpan: number, align: ContentCell['align'] | undefined, bold: boolean | undefined): ContentCell {
  const out: ContentCell = { kind: 'content', text: printed.text, value: printed.value, role, rowSpan, colSpan, align: align ?? ALIGN[role] };
  if (bold) out.bold = bold;
  return out;
}

/**
 * A cell's provenance: its own, else the line items its table, row (or cell) and column select (a row or
 * column with no selector takes them all: 合计, the group row). Amount cells read the items' amounts; code
 * cells read the items they name.
 */
function provenanceOf(cell: BodyCell, row: BodyRow, column: ColumnSpec, trace: TraceScope): Provenance | undefined {
  if (cell.source) return cell.source;
  const rowSelect = cell.select ?? row.select;
  if (!cell.amount && (column.kind !== 'code' || !rowSelect)) return undefined;
  const selectors = [trace.table, rowSelect, cell.amount ? column.select : undefined].filter((s): s is Selector => s !== undefined);
  const items = trace.items.filter((item) => selectors.every((s) => s.test(item)));
  const labels = selectors.map((s) => s.label).filter(Boolean);
  const scope = labels.length > 0 ? `［${labels.join('；')}］` : '（全部）';
  if (cell.amount) return { formula: `Σ 支出明细金额${scope}`, inputs: items.map((i) => `lineItems[${i.index}].amount`) };
  return { formula: `取自支出明细${scope}`, inputs: items.map((i) => `lineItems[${i.index}]`) };
}

function normalise(input: CellInput): BodyCell {
  if (input === undefined) return {};
  if (typeof input === 'string') return { text: input };
  if (Decimal.isDecimal(input)) return { amount: input };
  return input;
}
