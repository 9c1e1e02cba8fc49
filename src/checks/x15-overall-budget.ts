import { relationRule } from './relations/engine.js';
import type { CellTerm } from './relations/relation.js';

const overall = (row: string): CellTerm => ({ table: 'overall-performance', row, column: 'value' });
const income = (...columns: string[]): CellTerm[] => columns.map((column) => ({ table: 'income', row: 'total', column }));

/**
 * X15 (spec §5.2): the 整体绩效 预算情况 = (TOT from 01, the sources from 02, B and P from 03). Rounding-aware:
 * a one-decimal value (002's `148.5`) agrees within its half unit; P03 reports the format itself.
 */
export const x15 = relationRule({
  id: 'X15',
  severity: 'error',
  tolerance: 'rounded',
  description: '整体绩效目标表预算情况 = 收支总计（收支预算表）、资金来源（收入预算表）、基本支出和项目支出（支出预算表）',
  relations: [
    { what: '部门预算总额 = {income-expenditure}收入总计', left: overall('budget-total'), right: { table: 'income-expenditure', row: 'grand-total', column: 'incomeAmount' } },
    {
      what: '政府预算资金 = {income}一般公共预算、政府性基金、国有资本经营预算（含结转）',
      left: overall('budget-government'),
      right: income('generalPublic', 'govFund', 'stateCapital', 'carryGeneralPublic', 'carryGovFund', 'carryStateCapital'),
    },
    { what: '财政专户管理资金 = {income}财政专户管理资金（含结转）', left: overall('budget-fiscal-account'), right: income('fiscalAccount', 'carryFiscalAccount') },
    {
      what: '单位资金 = {income}单位资金各列（含结转）',
      left: overall('budget-unit-funds'),
      right: income('businessIncome', 'operatingIncome', 'superiorSubsidy', 'affiliatedRemit', 'otherIncome', 'carryUnitFunds'),
    },
    { what: '基本支出 = {expenditure}基本支出小计', left: overall('budget-basic'), right: { table: 'expenditure', row: 'total', column: 'basic' } },
    { what: '项目支出 = {expenditure}项目支出小计', left: overall('budget-project'), right: { table: 'expenditure', row: 'total', column: 'project' } },
  ],
});
