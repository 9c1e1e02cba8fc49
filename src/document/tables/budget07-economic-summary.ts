import type { SourceAmounts } from '../../compute/sources.js';
import { carryOver, grandTotal } from '../../compute/sources.js';
import type { BodyRow, CellInput, ColumnSpec, TableSpec } from './spec.js';
import { DEPARTMENT_GROUP_ROW_OPTION, tableOptions } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { byEconPair } from './selectors.js';
import { sourceSelected } from './source-cells.js';

const DEPT = '部门预算经济分类';
const GOV = '政府预算经济分类';

const COLUMNS: ColumnSpec[] = sourceSelected([
  { key: 'econClass', header: [DEPT, '类'], kind: 'code', minWidth: 5 },
  { key: 'econSection', header: [DEPT, '款'], kind: 'code', minWidth: 4 },
  { key: 'econName', header: [DEPT, '科目名称'], kind: 'label', minWidth: 16 },
  { key: 'govClass', header: [GOV, '类'], kind: 'code', minWidth: 5 },
  { key: 'govSection', header: [GOV, '款'], kind: 'code', minWidth: 4 },
  { key: 'govName', header: [GOV, '科目名称'], kind: 'label', minWidth: 14 },
  { key: 'total', header: ['总计'], kind: 'amount' },
  { key: 'generalPublic', header: ['一般公共预算', '小计'], kind: 'amount' },
  { key: 'appropriation', header: ['一般公共预算', '其中：财政拨款'], kind: 'amount' },
  { key: 'govFund', header: ['政府性基金'], kind: 'amount' },
  { key: 'stateCapital', header: ['国有资本经营预算'], kind: 'amount' },
  { key: 'carry', header: ['上年结转结余'], kind: 'amount' },
  { key: 'fiscalAccount', header: ['财政专户管理资金收入'], kind: 'amount' },
  { key: 'businessIncome', header: ['事业收入'], kind: 'amount' },
  { key: 'superiorSubsidy', header: ['上级补助收入'], kind: 'amount' },
  { key: 'affiliatedRemit', header: ['附属单位上缴收入'], kind: 'amount' },
  { key: 'operatingIncome', header: ['事业单位经营收入'], kind: 'amount' },
  { key: 'otherIncome', header: ['其他收入'], kind: 'amount' },
]);

function amounts(s: SourceAmounts): Record<string, CellInput> {
  return {
    total: grandTotal(s),
    generalPublic: s.generalPublic,
    appropriation: s.generalPublicAppropriation,
    govFund: s.govFund,
    stateCapital: s.stateCapital,
    carry: carryOver(s),
    fiscalAccount: s.fiscalAccount,
    businessIncome: s.businessIncome,
    superiorSubsidy: s.superiorSubsidy,
    affiliatedRemit: s.affiliatedRemit,
    operatingIncome: s.operatingIncome,
    otherIncome: s.otherIncome,
  };
}

/**
 * 预算07表 支出经济分类汇总表 (spec §3.7): 合计, group row, then one row per (部门经济, 政府经济) pair over
 * all items, split by fund source. The N–Q order differs from 02表 (spec: reproduce). Option
 * `departmentGroupRow`: the 部门 row above a 单位's group row.
 */
export const budget07: TableSpec = {
  key: 'economic-summary',
  columns: () => COLUMNS,
  rows(ctx) {
    const f = ctx.figures;
    const rows: BodyRow[] = [
      { key: 'total', cells: { econName: '合计', ...amounts(f.sources) }, bold: true },
      ...departmentGroupRows(ctx, 'econClass', 'econName', amounts(f.sources)),
      { key: 'department', cells: { econClass: ctx.input.department.code, econName: ctx.fullName, ...amounts(f.sources) } },
    ];
    for (const r of f.econRows)
      rows.push({
        key: `econ:${r.econ}/${r.govEcon}`,
        select: byEconPair(r.econ, r.govEcon),
        cells: {
          econClass: r.econ.slice(0, 3),
          econSection: r.econ.slice(3),
          econName: r.econName,
          govClass: r.govEcon.slice(0, 3),
          govSection: r.govEcon.slice(3),
          govName: r.govEconName,
          ...amounts(r.sources),
        },
      });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.econRows.length === 0,
  optionsSchema: tableOptions(DEPARTMENT_GROUP_ROW_OPTION),
};
