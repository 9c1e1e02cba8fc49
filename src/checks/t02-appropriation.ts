import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { pick } from './view/table-equations.js';

const description = '收支预算表：“其中：财政拨款”不大于“一、一般公共预算”';

/** T02 (spec §5.1) on figures: 其中：财政拨款 ≤ 一般公共预算. */
export const t02Input: InputRule = {
  id: 'T02',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure'],
  run(ctx) {
    const s = ctx.figures.sources;
    const at = tableAt(ctx, 'income-expenditure', '其中：财政拨款', '金额');
    return checkEquations(this, [{ at, what: '其中：财政拨款不大于一般公共预算', actual: s.generalPublicAppropriation, expected: s.generalPublic, relation: 'le' }]);
  },
};

/** T02 (spec §5.1) as printed. */
export const t02Document: DocumentRule = {
  id: 'T02',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure'],
  run(view) {
    const b = view.read('income-expenditure', budget01);
    const part = b && pick(b.t, b.income('general-public-appropriation'), b.incomeAmount);
    const whole = b && pick(b.t, b.income('general-public'), b.incomeAmount);
    if (!part || !whole) return notRun('收支预算表的财政拨款金额无法读取');
    return checkEquations(this, [{ at: part.at, what: '其中：财政拨款不大于一般公共预算', actual: part.q, expected: whole.q, relation: 'le', related: [whole.at] }]);
  },
};
