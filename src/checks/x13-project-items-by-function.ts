import { groupInOrder } from '../compute/items.js';
import { sum } from '../model/money.js';
import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { type InputRule } from './rule.js';

/**
 * X13 (spec §5.2): per 功能 项, the 03 项目 cell = Σ the 项目 line items with that code, summed straight
 * from the input (all units: 03 rows merge units). Input layer only: line items are not printed.
 */
export const x13: InputRule = {
  id: 'X13',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description: '支出预算表每个“项”的项目支出 = 该功能科目下全部项目支出明细之和',
  tables: ['expenditure'],
  run(ctx) {
    const { input, figures } = ctx;
    const units = new Set(input.units.map((u) => u.code));
    // Grouped by 功能 code once: filtering every item again for each 项 row grew with rows × items.
    const byFunc = groupInOrder(
      input.lineItems.filter((i) => i.kind === '项目' && units.has(i.unit)),
      (i) => i.func,
    );
    return checkEquations(
      this,
      figures.func.all.rows.map((r) => ({
        at: tableAt(ctx, 'expenditure', `${r.code} ${r.name}`, '项目支出小计'),
        what: `“项”${r.code}的项目支出 = 该科目项目支出明细之和`,
        expected: sum((byFunc.get(r.code) ?? []).map((i) => i.amount)),
        actual: r.breakdown.project,
      })),
    );
  },
};
