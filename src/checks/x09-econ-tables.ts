import { relationRule } from './relations/engine.js';

/**
 * X09 (spec §5.2): 07 ⊇ 06: every 06 (部门经济, 政府经济) row is a 07 row (same row key) with at least its
 * amount; 07 合计 − 06 合计 = 03 合计 − 05 基本支出小计 (the 项目 part of 07).
 */
export const x09 = relationRule({
  id: 'X09',
  severity: 'error',
  tolerance: 'exact',
  description: '支出经济分类汇总表包含一般公共预算基本支出预算表：后者每个（部门经济，政府经济）行都在前者中且金额不小于后者；两表合计之差 = 支出预算表合计 − 一般公共预算支出预算表基本支出小计',
  relations: [
    {
      what: '{general-public-basic-expenditure}行 {row} 不大于{economic-summary}对应行',
      forEach: { table: 'general-public-basic-expenditure', rows: [{ prefix: 'econ:' }] },
      left: { table: 'general-public-basic-expenditure', row: { each: 'row' }, column: 'total' },
      right: { table: 'economic-summary', row: { each: 'row' }, column: 'total' },
      compare: 'le',
    },
    {
      what: '{economic-summary}合计 − {general-public-basic-expenditure}合计 = {expenditure}合计 − {general-public-expenditure}基本支出小计',
      left: [
        { table: 'economic-summary', row: 'total', column: 'total' },
        { table: 'general-public-basic-expenditure', row: 'total', column: 'total', minus: true },
      ],
      right: [
        { table: 'expenditure', row: 'total', column: 'total' },
        { table: 'general-public-expenditure', row: 'total', column: 'basic', minus: true },
      ],
    },
  ],
});
