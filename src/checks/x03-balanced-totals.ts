import { relationRule } from './relations/engine.js';
import type { CellTerm } from './relations/relation.js';

const anchor: CellTerm = { table: 'income-expenditure', row: 'expenditure-total', column: 'expenditureAmount' };

/** X03 (spec §5.2): 01 本年支出合计 = 03 合计 = 07 合计 = 02 总计 (a balanced budget). */
export const x03 = relationRule({
  id: 'X03',
  severity: 'error',
  tolerance: 'exact',
  description: '收支预算表本年支出合计 = 支出预算表合计 = 支出经济分类汇总表合计 = 收入预算表总计（收支平衡）',
  relations: [
    { what: '{expenditure}合计 = {income-expenditure}本年支出合计', left: { table: 'expenditure', row: 'total', column: 'total' }, right: anchor },
    { what: '{economic-summary}合计 = {income-expenditure}本年支出合计', left: { table: 'economic-summary', row: 'total', column: 'total' }, right: anchor },
    { what: '{income}总计 = {income-expenditure}本年支出合计', left: { table: 'income', row: 'total', column: 'total' }, right: anchor },
  ],
});
