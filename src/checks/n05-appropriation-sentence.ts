import { relationRule } from './relations/engine.js';
import { SECTION } from './view/sections.js';

const generalPublic = { section: SECTION.appropriation, after: '一般公共预算收支预算' };

/** N05 (spec §5.2, §2.4): 四 一般公共预算 = 04 （一）一般公共预算拨款 = 05 合计; 政府性基金 = 04 （二）. */
export const n05 = relationRule({
  id: 'N05',
  severity: 'error',
  tolerance: 'exact',
  description: '说明四的一般公共预算收支预算 = 财政拨款收支预算表（一）一般公共预算拨款 = 一般公共预算支出预算表合计；政府性基金 = 财政拨款收支预算表（二）',
  relations: [
    {
      what: '说明四的一般公共预算 = {appropriation-income-expenditure}（一）一般公共预算拨款',
      left: generalPublic,
      right: { table: 'appropriation-income-expenditure', row: 'general-public', column: 'incomeAmount' },
    },
    { what: '说明四的一般公共预算 = {general-public-expenditure}合计', left: generalPublic, right: { table: 'general-public-expenditure', row: 'total', column: 'total' } },
    {
      what: '说明四的政府性基金 = {appropriation-income-expenditure}（二）政府性基金预算拨款',
      left: { section: SECTION.appropriation, after: '政府性基金收支预算' },
      right: { table: 'appropriation-income-expenditure', row: 'gov-fund', column: 'incomeAmount' },
    },
  ],
});
