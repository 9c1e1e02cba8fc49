import type { BudgetFigures } from '../compute/figures.js';
import type { Decimal } from '../model/money.js';
import { CONTROL_TOTAL_KEYS, type ControlTotalKey } from '../model/schema.js';
import { checkEquations } from './equations.js';
import { notRun, type InputRule } from './rule.js';

/** The derived figure each control total is compared with (spec §4.4). */
const DERIVED: Record<ControlTotalKey, (f: BudgetFigures) => Decimal> = {
  total: (f) => f.total,
  income: (f) => f.income,
  expenditure: (f) => f.expenditure.total,
  generalPublic: (f) => f.generalPublic.total,
  basic: (f) => f.expenditure.basic,
  project: (f) => f.expenditure.project,
  personnel: (f) => f.generalPublic.personnel,
  operating: (f) => f.generalPublic.operating,
  threePublic: (f) => f.threePublic.total,
  operatingFunds: (f) => f.operatingFunds,
};

/**
 * C01 (spec §4.4): each control total copied from the budget system equals the derived figure, exactly.
 * The tool always prints the derived figure; a difference means the line items are incomplete or wrong.
 */
export const c01: InputRule = {
  id: 'C01',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description: '控制数（controlTotals）与由支出明细计算的数一致',
  run({ input, figures, at }) {
    const totals = input.controlTotals;
    const keys = (Object.keys(CONTROL_TOTAL_KEYS) as ControlTotalKey[]).filter((k) => totals?.[k] !== undefined);
    if (!totals || keys.length === 0) return notRun('输入未填写控制数（controlTotals）');
    return checkEquations(
      this,
      keys.map((k) => ({
        at: at(['controlTotals', k]),
        what: `控制数“${CONTROL_TOTAL_KEYS[k]}”与支出明细计算的${CONTROL_TOTAL_KEYS[k]}不一致`,
        expected: DERIVED[k](figures),
        actual: totals[k] as Decimal,
      })),
    );
  },
};
