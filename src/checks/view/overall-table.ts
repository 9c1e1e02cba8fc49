import { pick, type PrintedCell } from './table-equations.js';
import type { TableView } from './table-view.js';

/** The 预算情况 block of the 整体绩效目标表 (spec §3.13), by row key; each value is read in column `value`. */
export interface OverallBudget {
  total?: PrintedCell;
  government?: PrintedCell;
  fiscal?: PrintedCell;
  unitFunds?: PrintedCell;
  basic?: PrintedCell;
  project?: PrintedCell;
}

const ROWS: Record<keyof OverallBudget, string> = {
  total: 'budget-total',
  government: 'budget-government',
  fiscal: 'budget-fiscal-account',
  unitFunds: 'budget-unit-funds',
  basic: 'budget-basic',
  project: 'budget-project',
};

/** Reads the 预算情况 values; a row without a readable amount is left out. */
export function overallBudget(t: TableView): OverallBudget {
  const out: OverallBudget = {};
  const value = t.col('value');
  for (const [name, key] of Object.entries(ROWS) as [keyof OverallBudget, string][]) {
    const cell = pick(t, t.row(key), value);
    if (cell) out[name] = cell;
  }
  return out;
}
