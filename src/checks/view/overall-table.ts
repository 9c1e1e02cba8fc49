import type { PrintedCell } from './table-equations.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';

/** The 预算情况 block of the 整体绩效目标表 (spec §3.13): each value is the amount cell right of its label. */
export interface OverallBudget {
  total?: PrintedCell;
  government?: PrintedCell;
  fiscal?: PrintedCell;
  unitFunds?: PrintedCell;
  basic?: PrintedCell;
  project?: PrintedCell;
}

const LABELS: Record<keyof OverallBudget, string> = {
  total: '部门预算总额（万元）',
  government: '（1）政府预算资金',
  fiscal: '（2）财政专户管理资金',
  unitFunds: '（3）单位资金',
  basic: '（1）基本支出',
  project: '（2）项目支出',
};

/** Reads the 预算情况 values; a label without a readable amount to its right is left out. */
export function overallBudget(t: TableView): OverallBudget {
  const out: OverallBudget = {};
  for (const [key, label] of Object.entries(LABELS) as [keyof OverallBudget, string][]) {
    const cell = valueRightOf(t, label);
    if (cell) out[key] = cell;
  }
  return out;
}

function valueRightOf(t: TableView, label: string): PrintedCell | undefined {
  for (const r of t.body) {
    const width = t.table.rows[r]?.length ?? 0;
    const c = [...Array(width).keys()].find((k) => t.cell(r, k) && squeeze(t.text(r, k)) === squeeze(label));
    if (c === undefined) continue;
    for (let k = c + 1; k < width; k++) {
      const cell = t.cell(r, k);
      if (!cell) continue;
      const q = t.amount(r, k);
      return q ? { at: { kind: 'table', table: t.id, row: label, column: '指标值' }, q } : undefined;
    }
  }
  return undefined;
}
