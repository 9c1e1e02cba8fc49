import type { FundSource } from '../../model/schema.js';
import { FUND_SOURCES } from '../../model/schema.js';
import { sum, type Decimal } from '../../model/money.js';
import type { BodyRow, CellInput, ColumnSpec, Selector, TableSpec } from './spec.js';
import { DEPARTMENT_GROUP_ROW_OPTION, tableOptions } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { allOf, byBreakdown, byEcon, byFundSources, byUnit, OPERATING_ITEMS } from './selectors.js';

const S = '资金来源';
const GP = '一般公共预算资金';
const GF = '政府性基金预算资金';
const UF = '单位资金';

const HEADER_COLUMNS: ColumnSpec[] = [
  { key: 'code', header: ['单位代码'], kind: 'code', minWidth: 8 },
  { key: 'name', header: ['单位（科目名称）'], kind: 'label', minWidth: 18 },
  { key: 'category', header: ['项目类别'], kind: 'text', minWidth: 10 },
  { key: 'total', header: [S, '合计'], kind: 'amount', minWidth: 7 },
  { key: 'gpTotal', header: [S, GP, '小计'], kind: 'amount', minWidth: 7 },
  { key: 'gpAppropriation', header: [S, GP, GP, '财政拨款'], kind: 'amount', minWidth: 7 },
  { key: 'gpFees', header: [S, GP, GP, '纳入预算管理的行政事业性收费'], kind: 'amount', minWidth: 7 },
  { key: 'gpSpecial', header: [S, GP, GP, '专项收入'], kind: 'amount', minWidth: 7 },
  { key: 'gpAssets', header: [S, GP, GP, '国有资产资源有偿使用收入'], kind: 'amount', minWidth: 7 },
  { key: 'gpOther', header: [S, GP, GP, '其他一般公共预算资金'], kind: 'amount', minWidth: 7 },
  { key: 'gpBonds', header: [S, GP, '一般债券'], kind: 'amount', minWidth: 7 },
  { key: 'gfTotal', header: [S, GF, '小计'], kind: 'amount', minWidth: 7 },
  { key: 'gfFund', header: [S, GF, '政府基金预算资金'], kind: 'amount', minWidth: 7 },
  { key: 'gfBonds', header: [S, GF, '专项债券'], kind: 'amount', minWidth: 7 },
  { key: 'stateCapital', header: [S, '国有资本经营预算'], kind: 'amount', minWidth: 7 },
  { key: 'fiscalAccount', header: [S, '财政专户管理资金收入'], kind: 'amount', minWidth: 7 },
  { key: 'ufTotal', header: [S, UF, '小计'], kind: 'amount', minWidth: 7 },
  { key: 'ufBusiness', header: [S, UF, '事业收入资金'], kind: 'amount', minWidth: 7 },
  { key: 'ufSuperior', header: [S, UF, '上级补助收入资金'], kind: 'amount', minWidth: 7 },
  { key: 'ufAffiliated', header: [S, UF, '附属单位上缴收入资金'], kind: 'amount', minWidth: 7 },
  { key: 'ufOperating', header: [S, UF, '事业单位经营收入资金'], kind: 'amount', minWidth: 7 },
  { key: 'ufOther', header: [S, UF, '其他收入资金'], kind: 'amount', minWidth: 7 },
  { key: 'transfer', header: [S, '一般性转移支付资金'], kind: 'amount', minWidth: 7 },
  { key: 'carryFiscal', header: [S, '财政性资金结余结转'], kind: 'amount', minWidth: 7 },
  { key: 'carryAccount', header: [S, '财政专户管理资金结余结转'], kind: 'amount', minWidth: 7 },
  { key: 'carryUnit', header: [S, '单位资金结余结转'], kind: 'amount', minWidth: 7 },
];

type BySource = Record<FundSource, Decimal>;

const GP_SOURCES: FundSource[] = ['一般公共预算.财政拨款', '一般公共预算.行政事业性收费', '一般公共预算.专项收入', '一般公共预算.国有资产资源有偿使用收入', '一般公共预算.其他', '一般公共预算.一般债券'];
const UF_SOURCES: FundSource[] = ['单位资金.事业收入', '单位资金.上级补助收入', '单位资金.附属单位上缴收入', '单位资金.事业单位经营收入', '单位资金.其他收入'];

/** The fund sources each amount column D–Z adds up (spec §3.11): one declaration for amounts and provenance. */
const COLUMN_SOURCES: Readonly<Record<string, readonly FundSource[]>> = {
  total: FUND_SOURCES,
  gpTotal: GP_SOURCES,
  gpAppropriation: ['一般公共预算.财政拨款'],
  gpFees: ['一般公共预算.行政事业性收费'],
  gpSpecial: ['一般公共预算.专项收入'],
  gpAssets: ['一般公共预算.国有资产资源有偿使用收入'],
  gpOther: ['一般公共预算.其他'],
  gpBonds: ['一般公共预算.一般债券'],
  gfTotal: ['政府性基金.基金预算资金', '政府性基金.专项债券'],
  gfFund: ['政府性基金.基金预算资金'],
  gfBonds: ['政府性基金.专项债券'],
  stateCapital: ['国有资本经营预算'],
  fiscalAccount: ['财政专户管理资金'],
  ufTotal: UF_SOURCES,
  ufBusiness: ['单位资金.事业收入'],
  ufSuperior: ['单位资金.上级补助收入'],
  ufAffiliated: ['单位资金.附属单位上缴收入'],
  ufOperating: ['单位资金.事业单位经营收入'],
  ufOther: ['单位资金.其他收入'],
  transfer: ['一般性转移支付'],
  carryFiscal: ['结转.一般公共预算', '结转.政府性基金', '结转.国有资本经营预算'],
  carryAccount: ['结转.财政专户管理资金'],
  carryUnit: ['结转.单位资金'],
};

const COLUMNS: ColumnSpec[] = HEADER_COLUMNS.map((c) => {
  const sources = COLUMN_SOURCES[c.key];
  return sources ? { ...c, select: byFundSources(`资金来源 ${sources.join('、')}`, sources) } : c;
});

/** The amount columns D–Z of one row, from its amounts by individual fund source (spec §3.11). */
function amounts(b: BySource): Record<string, CellInput> {
  return Object.fromEntries(Object.entries(COLUMN_SOURCES).map(([key, sources]) => [key, sum(sources.map((s) => b[s]))]));
}

/** 基本 公用经费 items (classes 302/309/310), the only items of this table (compute/operating-funds.ts). */
const BASIC_OPERATING_ITEMS: Selector = allOf(byBreakdown('基本支出', 'basic'), OPERATING_ITEMS);

function addUp(list: readonly BySource[]): BySource {
  return Object.fromEntries(FUND_SOURCES.map((s) => [s, sum(list.map((b) => b[s]))])) as BySource;
}

/**
 * E2024 预算11表 行政（事业）单位机构运转经费预算表 (spec §3.11): 基本 公用经费 by 部门经济 code, ascending,
 * 26 columns, 4 header rows. 合计 (label in 项目类别), the group row, then in 部门 scope each unit with its rows.
 * Option `departmentGroupRow`: the 部门 row above a 单位's group row.
 */
export const operatingFunds: TableSpec = {
  key: 'operating-funds',
  columns: () => COLUMNS,
  rows(ctx) {
    const units = ctx.figures.operatingFundUnits;
    const all = addUp(units.map((u) => u.fundSources));
    const rows: BodyRow[] = [
      { key: 'total', cells: { category: '合计', ...amounts(all) }, bold: true },
      ...departmentGroupRows(ctx, 'code', 'name', amounts(all)),
      { key: 'department', cells: { code: ctx.input.department.code, name: ctx.fullName, ...amounts(all) } },
    ];
    for (const u of units) {
      if (u.rows.length === 0) continue;
      const unit = byUnit(u.unit.code);
      if (ctx.scopeWord === '部门') rows.push({ key: `unit:${u.unit.code}`, select: unit, cells: { code: u.unit.code, name: u.unit.name, ...amounts(u.fundSources) } });
      for (const r of u.rows)
        rows.push({ key: `unit:${u.unit.code}/econ:${r.econ}`, select: allOf(unit, byEcon(`经济科目 ${r.econ}`, r.econ)), cells: { code: r.econ, name: r.econName, category: r.category, ...amounts(r.fundSources) } });
    }
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.operatingFundUnits.every((u) => u.rows.length === 0),
  select: () => BASIC_OPERATING_ITEMS,
  optionsSchema: tableOptions(DEPARTMENT_GROUP_ROW_OPTION),
};
