import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** The 项目支出预算表 (spec §3.12) read back by keys. */
export interface ProjectExpenditureTable {
  t: TableView;
  type: number;
  name: number;
  total: number;
  parts: number[];
  amounts: number[];
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** The 部门 row above a 单位's group row (option `departmentGroupRow`), when printed. */
  parentRow: number | undefined;
  /** Project rows (`project:<code>`) with the type and name they print. */
  projects: { row: number; code: string; type: string; name: string }[];
}

const PARTS = ['generalPublic', 'govFund', 'stateCapital', 'carryGeneralPublic', 'carryGovFund', 'carryStateCapital', 'fiscalAccount', 'unitFunds'];

/** Reads the 项目支出预算表. */
export const projectExpenditureTable = memoByTable(function projectExpenditureTable(t: TableView): ProjectExpenditureTable | undefined {
  const fixed = columnsOf(t, 'type', 'name', 'total');
  const parts = columnsOf(t, ...PARTS);
  if (!fixed || !parts) return undefined;
  const [type, name, total] = fixed as [number, number, number];
  const projects = t.rowsWith('project:').map((row) => ({ row, code: t.rowKey(row)!.slice('project:'.length), type: squeeze(t.text(row, type)), name: t.text(row, name).trim() }));
  return { t, type, name, total, parts, amounts: [total, ...parts], totalRow: t.row('total'), groupRow: t.row('department'), parentRow: t.row('parent-department'), projects };
});

/** The 项目绩效目标表 (spec §3.14) read back by keys: aggregate rows (total, department, unit) and project blocks. */
export interface ProjectPerformanceTable {
  t: TableView;
  code: number;
  name: number;
  total: number;
  government: number;
  fiscal: number;
  unitFunds: number;
  amounts: number[];
  /** Rows where a block or an aggregate starts; `label` is the code printed (blank for the total row). */
  rows: { row: number; label: string; name: string; aggregate: boolean }[];
}

const AGGREGATE = /^(total|parent-department|department|unit:.*)$/;
const BLOCK_START = /^project:[^/]*$/;

/** Reads the 项目绩效目标表: aggregates by row key (`total`, `parent-department`, `department`, `unit:…`), projects by the first row of their block. */
export const projectPerformanceTable = memoByTable(function projectPerformanceTable(t: TableView): ProjectPerformanceTable | undefined {
  const cols = columnsOf(t, 'code', 'name', 'total', 'government', 'fiscalAccount', 'unitFunds');
  if (!cols) return undefined;
  const [code, name, total, government, fiscal, unitFunds] = cols as [number, number, number, number, number, number];
  const rows = t.body.flatMap((row) => {
    const key = t.rowKey(row) ?? '';
    const aggregate = AGGREGATE.test(key);
    if (!aggregate && !BLOCK_START.test(key)) return [];
    return [{ row, label: squeeze(t.text(row, code)), name: t.text(row, name).trim(), aggregate }];
  });
  return { t, code, name, total, government, fiscal, unitFunds, amounts: [total, government, fiscal, unitFunds], rows };
});
