import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';

const description = '预算01表：“其中：财政拨款”不大于“一、一般公共预算”';

/** T02 (spec §5.1) on figures: 其中：财政拨款 ≤ 一般公共预算. */
export const t02Input: InputRule = {
  id: 'T02',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const at = tableAt('预算01', '其中：财政拨款', '金额');
    return checkEquations(this, [{ at, what: '其中：财政拨款不大于一般公共预算', actual: f.sources.generalPublicAppropriation, expected: f.sources.generalPublic, relation: 'le' }]);
  },
};

/** T02 (spec §5.1) as printed. */
export const t02Document: DocumentRule = {
  id: 'T02',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b = view.read('income-expenditure', budget01);
    const part = b?.income('其中：财政拨款');
    const whole = b?.income('一、一般公共预算');
    if (!b || part === undefined || whole === undefined) return notRun('文档中没有预算01表或其“其中：财政拨款”“一、一般公共预算”行');
    const actual = b.t.amount(part, b.incomeAmount);
    const expected = b.t.amount(whole, b.incomeAmount);
    if (!actual || !expected) return notRun('预算01表的财政拨款金额无法读取');
    return checkEquations(this, [{ at: b.t.at(part, b.incomeAmount), what: '其中：财政拨款不大于一般公共预算', actual, expected, relation: 'le', related: [b.t.at(whole, b.incomeAmount)] }]);
  },
};
