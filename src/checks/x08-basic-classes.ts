import { relationRule } from './relations/engine.js';
import type { Relation } from './relations/relation.js';

/** 05 column ← the 部门经济 classes of 06 rows that add up to it. */
const CLASSES: readonly [string, readonly string[], string][] = [
  ['wages', ['301'], '工资福利支出'],
  ['personalFamily', ['303'], '对个人和家庭的补助'],
  ['goodsServices', ['302'], '商品和服务支出'],
  ['capital', ['309', '310'], '资本性支出'],
];

/** X08 (spec §5.2): 06 Σ class 301 = 05 工资福利; 303 = 对个人和家庭; 302 = 商品和服务; 309/310 = 资本性. */
export const x08 = relationRule({
  id: 'X08',
  severity: 'error',
  tolerance: 'exact',
  description: '一般公共预算基本支出预算表按类汇总 = 一般公共预算支出预算表基本支出各列：301类 = 工资福利支出，303类 = 对个人和家庭的补助，302类 = 商品和服务支出，309/310类 = 资本性支出',
  relations: CLASSES.map(([column, classes, words]): Relation => ({
    what: `{general-public-expenditure}${words} = {general-public-basic-expenditure}${classes.join('/')}类之和`,
    left: { table: 'general-public-expenditure', row: 'total', column },
    right: classes.map((c) => ({ table: 'general-public-basic-expenditure', row: { prefix: `econ:${c}` }, column: 'total' })),
  })),
});
