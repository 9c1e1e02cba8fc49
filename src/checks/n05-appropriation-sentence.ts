import { checkEquations, type Equation } from './equations.js';
import { notRun, type DocumentRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { budget04 } from './view/budget04.js';
import { amountAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { pick } from './view/table-equations.js';

/** N05 (spec §5.2, §2.4): 四 一般公共预算 = 04 （一）一般公共预算拨款 = 05 合计; 政府性基金 = 04 （二）. */
export const n05: DocumentRule = {
  id: 'N05',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '说明四的一般公共预算收支预算 = 预算04表（一）一般公共预算拨款 = 预算05表合计；政府性基金 = 04表（二）',
  run(view) {
    const text = view.section(SECTION.appropriation);
    const gp = text && amountAfter(text, '一般公共预算收支预算');
    if (!text || !gp) return notRun('文档中没有说明四的一般公共预算收支预算');
    const at = { kind: 'narrative' as const, section: SECTION.appropriation };
    const b4 = view.read('appropriation-income-expenditure', budget04);
    const f5 = view.read('general-public-expenditure', functionTable);
    const eqs: Equation[] = [];
    const gp04 = b4 && pick(b4.t, b4.income('（一）一般公共预算拨款')[0], b4.incomeAmount);
    if (gp04) eqs.push({ at, what: '说明四的一般公共预算 = 预算04表（一）一般公共预算拨款', actual: gp, expected: gp04.q, related: [gp04.at] });
    const gp05 = f5 && pick(f5.t, f5.totalRow, f5.total);
    if (gp05) eqs.push({ at, what: '说明四的一般公共预算 = 预算05表合计', actual: gp, expected: gp05.q, related: [gp05.at] });
    const gf = amountAfter(text, '政府性基金收支预算');
    const gf04 = b4 && pick(b4.t, b4.income('（二）政府性基金预算拨款')[0], b4.incomeAmount);
    if (gf && gf04) eqs.push({ at, what: '说明四的政府性基金 = 预算04表（二）政府性基金预算拨款', actual: gf, expected: gf04.q, related: [gf04.at] });
    if (eqs.length === 0) return notRun('文档中没有预算04表或预算05表');
    return checkEquations(this, eqs);
  },
};
