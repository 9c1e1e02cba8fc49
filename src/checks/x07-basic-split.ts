import { relationRule } from './relations/engine.js';
import type { CellTerm } from './relations/relation.js';

const five = (column: string): CellTerm => ({ table: 'general-public-expenditure', row: 'total', column });
const six = (column: string): CellTerm => ({ table: 'general-public-basic-expenditure', row: 'total', column });

/** X07 (spec §5.2): 06 合计 = 05 基本支出小计; 06 人员经费 = 05 工资福利 + 对个人和家庭; 公用经费 = 商品和服务 + 资本性. */
export const x07 = relationRule({
  id: 'X07',
  severity: 'error',
  tolerance: 'exact',
  description: '一般公共预算基本支出预算表合计 = 一般公共预算支出预算表基本支出小计；人员经费 = 工资福利 + 对个人和家庭；公用经费 = 商品和服务 + 资本性',
  relations: [
    { what: '{general-public-basic-expenditure}合计 = {general-public-expenditure}基本支出小计', left: six('total'), right: five('basic') },
    { what: '人员经费 = {general-public-expenditure}工资福利支出 + 对个人和家庭的补助', left: six('personnel'), right: [five('wages'), five('personalFamily')] },
    { what: '公用经费 = {general-public-expenditure}商品和服务支出 + 资本性支出', left: six('operating'), right: [five('goodsServices'), five('capital')] },
  ],
});
