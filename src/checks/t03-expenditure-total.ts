import { sum } from '../model/money.js';
import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { downColumns } from './view/table-equations.js';

const description = '预算01表：本年支出合计 = 各功能分类“类”之和';

/** T03 (spec §5.1) on figures: EXP = Σ 类 amounts. */
export const t03Input: InputRule = {
  id: 'T03',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const classes = sum([...f.byClass.values()].map((c) => c.all));
    return checkEquations(this, [{ at: tableAt('预算01', '本年支出合计', '金额'), what: '本年支出合计 = 各“类”之和', expected: classes, actual: f.expenditure.total }]);
  },
};

/** T03 (spec §5.1) as printed. */
export const t03Document: DocumentRule = {
  id: 'T03',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b = view.read('income-expenditure', budget01);
    const totalRow = b?.expenditure('本年支出合计');
    if (!b || totalRow === undefined) return notRun('文档中没有预算01表或其“本年支出合计”行');
    return checkEquations(this, downColumns(b.t, totalRow, b.classRows.map((c) => c.row), [b.expenditureAmount], '本年支出合计 = 各“类”之和'));
  },
};
