import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { budget02 } from './view/budget02.js';
import { functionTable } from './view/budget03.js';
import { budget07 } from './view/econ-tables.js';
import { pick, type PrintedCell } from './view/table-equations.js';

const description = '预算01表本年支出合计 = 预算03表合计 = 预算07表合计 = 预算02表总计（收支平衡）';

/** X03 (spec §5.2) on figures. */
export const x03Input: InputRule = {
  id: 'X03',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const at = (table: string) => tableAt(table, '合计');
    return checkEquations(this, [
      { at: at('预算03'), what: '预算03表合计 = 预算01表本年支出合计', expected: f.expenditure.total, actual: f.func.all.total.total },
      { at: at('预算07'), what: '预算07表合计 = 预算01表本年支出合计', expected: f.expenditure.total, actual: sum(f.econRows.map((r) => r.total)) },
      { at: at('预算02'), what: '预算02表总计 = 预算01表本年支出合计', expected: f.expenditure.total, actual: f.total },
    ]);
  },
};

/** X03 (spec §5.2) as printed. */
export const x03Document: DocumentRule = {
  id: 'X03',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b1 = view.read('income-expenditure', budget01);
    const anchor = b1 && pick(b1.t, b1.expenditure('本年支出合计'), b1.expenditureAmount);
    if (!b1 || !anchor) return notRun('文档中没有预算01表或其本年支出合计');
    const f3 = view.read('expenditure', functionTable);
    const b7 = view.read('economic-summary', budget07);
    const b2 = view.read('income', budget02);
    const others: [string, PrintedCell | undefined][] = [
      ['预算03表合计', f3 ? pick(f3.t, f3.totalRow, f3.total) : undefined],
      ['预算07表合计', b7 ? pick(b7.t, b7.totalRow, b7.total) : undefined],
      ['预算02表总计', b2 ? pick(b2.t, b2.totalRow, b2.total) : undefined],
    ];
    const eqs = others.flatMap(([what, cell]): Equation[] => (cell ? [{ at: cell.at, what: `${what} = 预算01表本年支出合计`, actual: cell.q, expected: anchor.q, related: [anchor.at] }] : []));
    return checkEquations(this, eqs);
  },
};
