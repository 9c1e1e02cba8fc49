import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';

/** E2024 11表 read back (spec §3.11): rows by role, and which amount columns sum into which. */
export interface OperatingFundsTable {
  t: TableView;
  code: number;
  category: number;
  total: number;
  totalRow: number | undefined;
  groupRow: number | undefined;
  unitRows: number[];
  econRows: { row: number; econ: string }[];
  /** Each subtotal column (`小计`, `合计`) with the leaf columns it adds up. */
  sums: { col: number; parts: number[] }[];
  amounts: number[];
}

/** Reads the 机构运转经费预算表. Subtotals come from the header tree: `X › 小计` = Σ the other leaves under X. */
export const operatingFundsTable = memoByTable(function operatingFundsTable(t: TableView): OperatingFundsTable | undefined {
  const code = t.column('单位代码');
  const category = t.column('项目类别');
  const total = t.column('资金来源', '合计');
  if (code === undefined || category === undefined || total === undefined) return undefined;
  const amounts = t.columns.filter((c) => c.amount).map((c) => c.index);
  const isSum = (i: number) => ['小计', '合计'].includes(t.columns[i]?.path.at(-1) ?? '');
  const sums = amounts.filter(isSum).map((col) => {
    const parent = t.columns[col]?.path.slice(0, -1) ?? [];
    const under = (i: number) => parent.every((p, k) => t.columns[i]?.path[k] === p);
    const inner = amounts.filter((i) => i !== col && under(i));
    const nestedSums = inner.filter(isSum);
    const covered = (i: number) => nestedSums.some((s) => { const pp = t.columns[s]?.path.slice(0, -1) ?? []; return pp.every((p, k) => t.columns[i]?.path[k] === p); });
    return { col, parts: inner.filter((i) => isSum(i) || !covered(i)) };
  });
  const totalRow = t.findRow(category, '合计');
  const rows = t.body.filter((r) => totalRow === undefined || r > totalRow);
  const econRows = rows.flatMap((r) => (squeeze(t.text(r, category)) !== '' && /^\d{5}$/.test(squeeze(t.text(r, code))) ? [{ row: r, econ: squeeze(t.text(r, code)) }] : []));
  const groupRow = rows[0];
  const unitRows = rows.filter((r) => r !== groupRow && squeeze(t.text(r, category)) === '' && squeeze(t.text(r, code)) !== '');
  return { t, code, category, total, totalRow, groupRow, unitRows, econRows, sums, amounts };
});
