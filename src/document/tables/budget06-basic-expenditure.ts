import { allOf, byBreakdown, byEconPair, byFamily, OPERATING_ITEMS, PERSONNEL_ITEMS } from './selectors.js';
import type { BodyRow, ColumnSpec, TableSpec } from './spec.js';
import { tableOptions } from './spec.js';

const DEPT = '部门预算支出经济分类科目';
const GOV = '政府预算支出经济分类科目';
const BASIC = '本年一般公共预算基本支出';

const COLUMNS: ColumnSpec[] = [
  { key: 'econ', header: [DEPT, '科目编码'], kind: 'code', minWidth: 8 },
  { key: 'econName', header: [DEPT, '科目名称'], kind: 'label', minWidth: 16 },
  { key: 'govEcon', header: [GOV, '科目编码'], kind: 'code', minWidth: 8 },
  { key: 'govEconName', header: [GOV, '科目名称'], kind: 'label', minWidth: 16 },
  { key: 'total', header: [BASIC, '合计'], kind: 'amount' },
  { key: 'personnel', header: [BASIC, '人员经费'], kind: 'amount', select: PERSONNEL_ITEMS },
  { key: 'operating', header: [BASIC, '公用经费'], kind: 'amount', select: OPERATING_ITEMS },
];

/**
 * 预算06表 一般公共预算基本支出预算表 (spec §3.6): 合计, then one row per (部门经济, 政府经济) pair of the
 * 一般公共预算 基本 items in first-appearance order; no group row.
 */
export const budget06: TableSpec = {
  key: 'basic-expenditure',
  columns: () => COLUMNS,
  rows(ctx) {
    const gp = ctx.figures.generalPublic;
    const rows: BodyRow[] = [{ key: 'total', cells: { econ: '合计', total: gp.basic, personnel: gp.personnel, operating: gp.operating }, bold: true }];
    for (const r of ctx.figures.basicEconRows)
      rows.push({
        key: `econ:${r.econ}/${r.govEcon}`,
        select: byEconPair(r.econ, r.govEcon),
        cells: { econ: r.econ, econName: r.econName, govEcon: r.govEcon, govEconName: r.govEconName, total: r.total, personnel: r.personnel, operating: r.operating },
      });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.basicEconRows.length === 0,
  defaultKey: () => 'general-public-basic-expenditure',
  select: () => allOf(byFamily('一般公共预算', 'generalPublic'), byBreakdown('基本支出', 'basic')),
  optionsSchema: tableOptions(),
};
