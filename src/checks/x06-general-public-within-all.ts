import { relationRule } from './relations/engine.js';
import type { Relation } from './relations/relation.js';
import { FUNCTION_AMOUNTS } from './view/budget03.js';

const forEach: Relation['forEach'] = { table: 'general-public-expenditure', rows: [{ key: 'total', label: '合计' }, { prefix: 'func:' }], columns: FUNCTION_AMOUNTS };
const five = { table: 'general-public-expenditure', row: { each: 'row' }, column: { each: 'column' } } as const;
const three = { table: 'expenditure', row: { each: 'row' }, column: { each: 'column' } } as const;
/** Every yuan is 一般公共预算 (as in all seeds) when 01 prints 一、一般公共预算 = 收入总计. */
const allGeneralPublic = {
  left: { table: 'income-expenditure', row: 'general-public', column: 'incomeAmount' },
  right: { table: 'income-expenditure', row: 'grand-total', column: 'incomeAmount' },
} as const;

/**
 * X06 (spec §5.2): 05 = 03 restricted to 一般公共预算, cell by cell (same row key, same column): each 05 cell
 * ≤ its 03 cell (a 项 absent from 03 counts 0), equal when every yuan is 一般公共预算.
 */
export const x06 = relationRule({
  id: 'X06',
  severity: 'error',
  tolerance: 'exact',
  description: '一般公共预算支出预算表 = 支出预算表中一般公共预算部分（逐格不大于；全部为一般公共预算时逐格相等）',
  relations: [
    { what: '{general-public-expenditure}“{row}”等于{expenditure}', left: five, right: three, forEach, when: { ...allGeneralPublic, holds: true } },
    { what: '{general-public-expenditure}“{row}”不大于{expenditure}', left: five, right: three, compare: 'le', forEach, when: { ...allGeneralPublic, holds: false } },
  ],
});
