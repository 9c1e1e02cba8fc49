import { grandTotal } from '../compute/sources.js';
import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { budget02 } from './view/budget02.js';
import { pick } from './view/table-equations.js';

const description = '预算01表各项收入 = 预算02表合计行对应的资金来源列';

/** 01 income label → 02 column header suffix. */
const PAIRS: readonly [string, string[]][] = [
  ['一、一般公共预算', ['一般公共预算', '小计']],
  ['其中：财政拨款', ['其中：财政拨款']],
  ['二、政府性基金预算拨款收入', ['本年收入', '政府性基金']],
  ['三、国有资本经营预算拨款收入', ['本年收入', '国有资本经营预算']],
  ['四、财政专户管理资金收入', ['本年收入', '财政专户管理资金收入']],
  ['五、事业收入', ['事业收入']],
  ['六、事业单位经营收入', ['事业单位经营收入']],
  ['七、上级补助收入', ['上级补助收入']],
  ['八、附属单位上缴收入', ['附属单位上缴收入']],
  ['九、其他收入', ['其他收入']],
  ['本年收入合计', ['本年收入', '合计']],
  ['上年结转结余', ['上年结转结余', '合计']],
  ['收入总计', ['总计']],
];

/** X01 (spec §5.2) on figures: the 01 收入总计 equals Σ of the 02 unit rows. */
export const x01Input: InputRule = {
  id: 'X01',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const eq: Equation = { at: tableAt('预算02', '合计', '总计'), what: '预算02表各单位总计之和 = 预算01表收入总计', expected: f.total, actual: sum(f.units.map((u) => grandTotal(u.sources))) };
    return checkEquations(this, [eq]);
  },
};

/** X01 (spec §5.2) as printed. */
export const x01Document: DocumentRule = {
  id: 'X01',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b1 = view.read('income-expenditure', budget01);
    const b2 = view.read('income', budget02);
    if (!b1 || !b2 || b2.totalRow === undefined) return notRun('文档中没有预算01表或预算02表');
    const totalRow = b2.totalRow;
    const eqs = PAIRS.flatMap(([label, suffix]): Equation[] => {
      const one = pick(b1.t, b1.income(label), b1.incomeAmount);
      const two = pick(b2.t, totalRow, b2.t.column(...suffix));
      return one && two ? [{ at: two.at, what: `预算02表合计行 = 预算01表“${label}”`, actual: two.q, expected: one.q, related: [one.at] }] : [];
    });
    return checkEquations(this, eqs);
  },
};
