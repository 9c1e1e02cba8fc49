import type { BodyRow, ColumnSpec, TableSpec } from './spec.js';
import { DEPARTMENT_GROUP_ROW_OPTION, tableOptions } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { byUnit } from './selectors.js';
import { incomeCells, sourceSelected } from './source-cells.js';

const CURRENT = '本年收入';
const CARRY = '上年结转结余';
const GP = [CURRENT, '一般公共预算'];

const COLUMNS: ColumnSpec[] = sourceSelected([
  { key: 'code', header: ['部门（单位）代码'], kind: 'code', minWidth: 8 },
  { key: 'name', header: ['部门（单位）名称'], kind: 'label', minWidth: 20 },
  { key: 'total', header: ['总计'], kind: 'amount' },
  { key: 'currentTotal', header: [CURRENT, '合计'], kind: 'amount' },
  { key: 'generalPublic', header: [...GP, '小计'], kind: 'amount' },
  { key: 'appropriation', header: [...GP, '其中：财政拨款'], kind: 'amount' },
  { key: 'govFund', header: [CURRENT, '政府性基金'], kind: 'amount' },
  { key: 'stateCapital', header: [CURRENT, '国有资本经营预算'], kind: 'amount' },
  { key: 'fiscalAccount', header: [CURRENT, '财政专户管理资金收入'], kind: 'amount' },
  { key: 'businessIncome', header: [CURRENT, '事业收入'], kind: 'amount' },
  { key: 'operatingIncome', header: [CURRENT, '事业单位经营收入'], kind: 'amount' },
  { key: 'superiorSubsidy', header: [CURRENT, '上级补助收入'], kind: 'amount' },
  { key: 'affiliatedRemit', header: [CURRENT, '附属单位上缴收入'], kind: 'amount' },
  { key: 'otherIncome', header: [CURRENT, '其他收入'], kind: 'amount' },
  { key: 'carryTotal', header: [CARRY, '合计'], kind: 'amount' },
  { key: 'carryGeneralPublic', header: [CARRY, '一般公共预算'], kind: 'amount' },
  { key: 'carryGovFund', header: [CARRY, '政府性基金'], kind: 'amount' },
  { key: 'carryStateCapital', header: [CARRY, '国有资本经营预算'], kind: 'amount' },
  { key: 'carryFiscalAccount', header: [CARRY, '财政专户管理资金'], kind: 'amount' },
  { key: 'carryUnitFunds', header: [CARRY, '单位资金'], kind: 'amount' },
]);

/**
 * 预算02表 收入预算表 (spec §3.2): 合计, the group row (department, or the unit in 单位 scope), then in
 * 部门 scope one row per unit. 20 columns, 3 header rows. Option `departmentGroupRow`: the 部门 row above
 * a 单位's group row.
 */
export const budget02: TableSpec = {
  key: 'income',
  columns: () => COLUMNS,
  rows(ctx) {
    const f = ctx.figures;
    const rows: BodyRow[] = [
      { key: 'total', cells: { name: '合计', ...incomeCells(f.sources) }, bold: true },
      ...departmentGroupRows(ctx, 'code', 'name', incomeCells(f.sources)),
      { key: 'department', cells: { code: ctx.input.department.code, name: ctx.fullName, ...incomeCells(f.sources) } },
    ];
    if (ctx.scopeWord === '部门')
      for (const u of f.units)
        rows.push({ key: `unit:${u.unit.code}`, select: byUnit(u.unit.code), cells: { code: u.unit.code, name: u.unit.name, ...incomeCells(u.sources) } });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.total.isZero(),
  optionsSchema: tableOptions(DEPARTMENT_GROUP_ROW_OPTION),
};
