import { relationRule } from './relations/engine.js';
import type { Relation } from './relations/relation.js';

/** 08 column → the 部门经济 code whose 07 一般公共预算 amount it prints (spec §6.5). */
const CODES: readonly [string, string, string][] = [
  ['abroad', '30212', '因公出国（境）费'],
  ['vehiclePurchase', '31013', '公务用车购置费'],
  ['vehicleOps', '30231', '公务用车运行费'],
  ['reception', '30217', '公务接待费'],
];

/** X10 (spec §5.2, §6.5): each 08 cell = the 07 一般公共预算 column over the rows of its code (blank 08 = 0). */
export const x10 = relationRule({
  id: 'X10',
  severity: 'error',
  tolerance: 'exact',
  description: '“三公”经费预算表各项 = 支出经济分类汇总表一般公共预算中对应经济分类（30212因公出国、31013公务用车购置、30231公务用车运行维护、30217公务接待）',
  relations: CODES.map(([column, code, words]): Relation => ({
    what: `${words} = {economic-summary} ${code} 的一般公共预算`,
    left: { table: 'three-public-costs', row: { key: 'total' }, column },
    right: { table: 'economic-summary', row: { prefix: `econ:${code}/` }, column: 'generalPublic' },
  })),
});
