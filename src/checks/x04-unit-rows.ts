import { grandTotal } from '../compute/sources.js';
import { sum, type Decimal } from '../model/money.js';
import { checkEquations } from './equations.js';
import { tableAt, unitName } from './locations.js';
import { type InputRule } from './rule.js';

/**
 * X04 (spec §5.2): each 02 unit row = Σ that unit's line items, summed straight from the input (the 02
 * rows come from the resolved items, so a lost or doubled item shows here). Input layer only: the
 * document does not print line items.
 */
export const x04: InputRule = {
  id: 'X04',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description: '收入预算表每个单位行 = 该单位全部支出明细之和',
  tables: ['income'],
  run(ctx) {
    const { input, figures } = ctx;
    const byUnit = new Map<string, Decimal[]>();
    for (const i of input.lineItems) {
      const amounts = byUnit.get(i.unit);
      if (amounts) amounts.push(i.amount);
      else byUnit.set(i.unit, [i.amount]);
    }
    return checkEquations(
      this,
      figures.units.map((u) => ({
        at: tableAt(ctx, 'income', unitName(u.unit), '总计'),
        what: `单位 ${u.unit.code} 的总计 = 该单位支出明细之和`,
        expected: sum(byUnit.get(u.unit.code) ?? []),
        actual: grandTotal(u.sources),
      })),
    );
  },
};
