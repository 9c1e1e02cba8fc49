import type { ResolvedItem } from '../../compute/items.js';
import { Decimal } from '../../model/money.js';
import { DEFAULT_CELL_DISPLAY, printCellAmount, type CellDisplay } from '../style/table.js';
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
  const grid: (GridCell | undefined)[][] = rows.map(() => new Array<GridCell | undefined>(columns.length));
  const known = new Set(columns.map((c) => c.key));
  rows.forEach((row, r) => {
    for (const key of Object.keys(row.cells)) if (!known.has(key)) throw new Error(`表格行引用了不存在的列 ${key}`);
    columns.forEach((column, c) => {
      if (grid[r]![c]) return;
      const input = row.cells[column.key];
      const cell = contentCell(column, input, row.bold, display);
      if (trace && cell.text !== '') {
        const source = provenanceOf(normalise(input), row, column, trace);
        if (source) cell.source = source;
      }
      if (r + cell.rowSpan > rows.length || c + cell.colSpan > columns.length)
        throw new Error(`第${r + 1}行列 ${column.key} 的合并范围超出表格`);
      grid[r]![c] = cell;
      for (let i = r; i < r + cell.rowSpan; i++)
        for (let k = c; k < c + cell.colSpan; k++) {
          if (i === r && k === c) continue;
          if (grid[i]![k]) throw new Error(`第${i + 1}行第${k + 1}列被两个合并单元格覆盖`);
          grid[i]![k] = { kind: 'covered' };
        }
    });
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? { kind: 'covered' }));
}

/** One content cell, its fields set in the order the model's JSON (and so the embedded model part) prints them. */
function contentCell(column: ColumnSpec, input: CellInput, rowBold: boolean | undefined, display: CellDisplay): ContentCell {
  const cell = normalise(input);
  const role = cell.role ?? (cell.amount ? 'amount' : ROLE[column.kind]);
  const printed = cell.amount ? printCellAmount(cell.amount, cell.showZero ?? false, display) : undefined;
  const bold = cell.bold ?? rowBold;
  // Built field by field, not spread: a large document has hundreds of thousands of cells.
  const out: ContentCell = printed
    ? { kind: 'content', text: printed.text, value: printed.value, role, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1, align: cell.align ?? ALIGN[role] }
    : { kind: 'content', text: cell.text ?? '', role, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1, align: cell.align ?? ALIGN[role] };
  if (bold) out.bold = bold;
  if (cell.row !== undefined) out.row = cell.row;
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
