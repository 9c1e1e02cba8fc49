import { relationRule } from './relations/engine.js';
import type { CellTerm } from './relations/relation.js';

const income = (row: string): CellTerm => ({ table: 'income-expenditure', row, column: 'incomeAmount' });
const spending = (row: string): CellTerm => ({ table: 'income-expenditure', row, column: 'expenditureAmount' });

/** T04 (spec §5.1): 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 + 年终结转结余 = 收入总计. */
export const t04 = relationRule({
  id: 'T04',
  severity: 'error',
  tolerance: 'exact',
  description: '收支预算表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余；收入总计 = 支出总计',
  relations: [
    { what: '收入总计 = 本年收入合计 + 上年结转结余', left: income('grand-total'), right: [income('income-total'), income('carry-over')] },
    { what: '支出总计 = 本年支出合计 + 年终结转结余', left: spending('expenditure-grand-total'), right: [spending('expenditure-total'), spending('year-end-balance')] },
    { what: '支出总计 = 收入总计', left: spending('expenditure-grand-total'), right: income('grand-total') },
  ],
});
