import { relationRule } from './relations/engine.js';
import { SECTION } from './view/sections.js';

/** N01 (spec §5.2): 一 收入总计 / 支出总计 = 01 收入总计 / 支出总计. */
export const n01 = relationRule({
  id: 'N01',
  severity: 'error',
  tolerance: 'exact',
  description: '说明一的收入总计、支出总计 = 收支预算表收入总计、支出总计',
  relations: [
    {
      what: '说明一的收入总计 = {income-expenditure}收入总计',
      left: { section: SECTION.totals, after: '收入总计' },
      right: { table: 'income-expenditure', row: 'grand-total', column: 'incomeAmount' },
    },
    {
      what: '说明一的支出总计 = {income-expenditure}支出总计',
      left: { section: SECTION.totals, after: '支出总计' },
      right: { table: 'income-expenditure', row: 'expenditure-grand-total', column: 'expenditureAmount' },
    },
  ],
});
