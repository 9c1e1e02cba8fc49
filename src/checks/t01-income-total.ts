import { sum } from '../model/money.js';
import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { downColumns, unlabeledBlank } from './view/table-equations.js';

const description = '收支预算表：本年收入合计 = 一至九项收入之和（不含“其中：财政拨款”）';

/** T01 (spec §5.1) on figures: INC = Σ the nine current-year income columns. */
export const t01Input: InputRule = {
  id: 'T01',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const s = f.sources;
    const parts = [s.generalPublic, s.govFund, s.stateCapital, s.fiscalAccount, s.businessIncome, s.operatingIncome, s.superiorSubsidy, s.affiliatedRemit, s.otherIncome];
    return checkEquations(this, [{ at: tableAt(ctx, 'income-expenditure', '本年收入合计', '金额'), what: '本年收入合计 = 一至九项收入之和', expected: sum(parts), actual: f.income }]);
  },
};

/** T01 (spec §5.1) as printed: 01 本年收入合计 = Σ rows 一…九; no amount beside a blank label. */
export const t01Document: DocumentRule = {
  id: 'T01',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure'],
  run(view) {
    const b = view.read('income-expenditure', budget01);
    const totalRow = b?.income('income-total');
    if (!b || totalRow === undefined) return notRun('收支预算表没有可读的本年收入合计行');
    return checkEquations(this, [
      ...downColumns(b.t, totalRow, b.incomeSourceRows, [b.incomeAmount], '本年收入合计 = 一至九项收入之和'),
      ...unlabeledBlank(b.t, b.incomeItem, b.incomeAmount),
      ...unlabeledBlank(b.t, b.expenditureItem, b.expenditureAmount),
    ]);
  },
};
