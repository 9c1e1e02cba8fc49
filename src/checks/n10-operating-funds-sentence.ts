import { relationRule } from './relations/engine.js';
import { SECTION } from './view/sections.js';

/** `机构运行经费支出预算7.44万元` (the seeds), `机关运行经费预算98900.00元` (guangxi-wuzhou-2023). */
const said = { section: SECTION.operatingFunds, after: ['经费支出预算', '运行经费预算', '运转经费预算'] };

/**
 * N10 (spec §5.2, §2.9): 十(一) 机构运行(运转)经费 = 06 公用经费 (= the 一般公共预算 part of the E2024 11表 合计,
 * whose 一般性转移支付资金 column is 一般公共预算 money too: see X16).
 */
export const n10 = relationRule({
  id: 'N10',
  severity: 'error',
  tolerance: 'exact',
  description: '说明十（一）机构运行（运转）经费 = 一般公共预算基本支出预算表公用经费（E2024 另 = 机构运转经费预算表合计）',
  relations: [
    { what: '机构运转经费 = {general-public-basic-expenditure}公用经费', left: said, right: { table: 'general-public-basic-expenditure', row: 'total', column: 'operating' } },
    {
      what: '机构运转经费 = {operating-funds}合计',
      left: said,
      right: [
        { table: 'operating-funds', row: 'total', column: 'gpTotal' },
        { table: 'operating-funds', row: 'total', column: 'transfer' },
      ],
    },
  ],
});
