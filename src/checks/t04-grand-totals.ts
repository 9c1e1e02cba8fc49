import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { cellSum, pick } from './view/table-equations.js';

const description = '预算01表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余；收入总计 = 支出总计';

/** T04 (spec §5.1) on figures: TOT = INC + 结转 = EXP (年终结转结余 is 0 in a budget). */
export const t04Input: InputRule = {
  id: 'T04',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    return checkEquations(this, [
      { at: tableAt('预算01', '收入总计', '金额'), what: '收入总计 = 本年收入合计 + 上年结转结余', expected: f.income.plus(f.carryOver), actual: f.total },
      { at: tableAt('预算01', '支出总计', '金额'), what: '支出总计 = 收入总计', expected: f.total, actual: f.expenditure.total },
    ]);
  },
};

/** T04 (spec §5.1) as printed. */
export const t04Document: DocumentRule = {
  id: 'T04',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b = view.read('income-expenditure', budget01);
    if (!b) return notRun('文档中没有预算01表');
    const inc = (label: string) => pick(b.t, b.income(label), b.incomeAmount);
    const exp = (label: string) => pick(b.t, b.expenditure(label), b.expenditureAmount);
    const incomeTotal = inc('收入总计');
    const income = inc('本年收入合计');
    const carry = inc('上年结转结余');
    const expenditureTotal = exp('支出总计');
    const expenditure = exp('本年支出合计');
    const yearEnd = exp('年终结转结余');
    if (!incomeTotal || !income || !carry || !expenditureTotal || !expenditure || !yearEnd) return notRun('预算01表缺少本年合计、结转或总计行');
    return checkEquations(this, [
      cellSum('收入总计 = 本年收入合计 + 上年结转结余', incomeTotal, [income, carry]),
      cellSum('支出总计 = 本年支出合计 + 年终结转结余', expenditureTotal, [expenditure, yearEnd]),
      cellSum('支出总计 = 收入总计', expenditureTotal, [incomeTotal]),
    ]);
  },
};
