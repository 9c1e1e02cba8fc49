import { memoByTable } from './memo.js';
import { PROJECT_TYPES } from '../../model/schema.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** 项目支出预算表 read back (spec §3.12). */
export interface ProjectExpenditureTable {
  t: TableView;
  type: number;
  name: number;
  total: number;
  parts: number[];
  amounts: number[];
  /** The first body row (blank labels) and the group row (B = department code). */
  totalRow: number | undefined;
  groupRow: number | undefined;
  projects: { row: number; type: string; name: string }[];
}

const CURRENT = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];

/** Reads the 项目支出预算表. */
export const projectExpenditureTable = memoByTable(function projectExpenditureTable(t: TableView): ProjectExpenditureTable | undefined {
  const fixed = columnsOf(t, ['类型'], ['项目名称'], ['合计'], ['财政专户管理资金'], ['单位资金']);
  const current = columnsOf(t, ...CURRENT.map((c) => ['本年拨款', c]));
  const carry = columnsOf(t, ...CURRENT.map((c) => ['财政拨款结转结余', c]));
  if (!fixed || !current || !carry) return undefined;
  const [type, name, total, fiscal, unitFunds] = fixed as [number, number, number, number, number];
  const parts = [...current, ...carry, fiscal, unitFunds];
  const projects = t.body.flatMap((r) => {
    const ty = squeeze(t.text(r, type));
    return (PROJECT_TYPES as readonly string[]).includes(ty) ? [{ row: r, type: ty, name: t.text(r, name).trim() }] : [];
  });
  const first = projects[0]?.row ?? Infinity;
  const leading = t.body.filter((r) => r < first);
  return { t, type, name, total, parts, amounts: [total, ...parts], totalRow: leading[0], groupRow: leading[1], projects };
});

/** 项目绩效目标表 read back (spec §3.14): aggregate rows (total, department, unit) and project blocks. */
export interface ProjectPerformanceTable {
  t: TableView;
  code: number;
  name: number;
  total: number;
  government: number;
  fiscal: number;
  unitFunds: number;
  amounts: number[];
  /** Rows where a block or an aggregate starts (its amount cells are content, not covered). */
  rows: { row: number; code: string; name: string; aggregate: boolean }[];
}

/**
 * Reads the 项目绩效目标表. A row is an aggregate when its code is blank (the E2023 total) or is a
 * department or unit code (`unitCodes`, from 预算02表); every other amount row starts a project block.
 */
export function projectPerformanceTable(t: TableView, unitCodes: ReadonlySet<string>): ProjectPerformanceTable | undefined {
  const cols = columnsOf(t, ['单位编码（项目编码）'], ['项目单位（项目名称）'], ['资金总额'], ['政府预算资金'], ['财政专户管理资金'], ['单位资金']);
  if (!cols) return undefined;
  const [code, name, total, government, fiscal, unitFunds] = cols as [number, number, number, number, number, number];
  const rows = t.body.flatMap((r) => {
    if (!t.cell(r, total)) return [];
    const c = squeeze(t.text(r, code));
    return [{ row: r, code: c, name: t.text(r, name).trim(), aggregate: c === '' || unitCodes.has(c) }];
  });
  return { t, code, name, total, government, fiscal, unitFunds, amounts: [total, government, fiscal, unitFunds], rows };
}
