import { relationRule } from './relations/engine.js';

/** T03 (spec §5.1): 01 本年支出合计 = Σ 类 rows; declared once, stated on the built and on a re-read document. */
export const t03 = relationRule({
  id: 'T03',
  severity: 'error',
  tolerance: 'exact',
  description: '收支预算表：本年支出合计 = 各功能分类“类”之和',
  relations: [
    {
      what: '本年支出合计 = 各“类”之和（支出金额）',
      left: { table: 'income-expenditure', row: 'expenditure-total', column: 'expenditureAmount' },
      right: { table: 'income-expenditure', row: { prefix: 'class:' }, column: 'expenditureAmount' },
    },
  ],
});
