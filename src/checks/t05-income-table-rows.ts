import type { Equation } from './equations.js';
import { checkEquations } from './equations.js';
import { grandTotal, currentIncome, carryOver } from '../compute/sources.js';
import { add } from '../model/money.js';
import { tableAt, unitName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget02 } from './view/budget02.js';
import { acrossRows, notAboveAcrossRows } from './view/table-equations.js';

const description = '收入预算表：总计 = 本年收入合计 + 上年结转结余合计；本年收入合计 = 各来源之和；其中财政拨款 ≤ 一般公共预算小计';

/** T05 (spec §5.1) on figures: for the whole and each unit, 总计 = 本年 + 结转 and 财政拨款 ≤ 一般公共预算. */
export const t05Input: InputRule = {
  id: 'T05',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income'],
  run(ctx) {
    const f = ctx.figures;
    const rows = [{ label: '合计', s: f.sources, total: f.total }, ...f.units.map((u) => ({ label: unitName(u.unit), s: u.sources, total: u.expenditure.total }))];
    return checkEquations(
      this,
      rows.flatMap(({ label, s, total }): Equation[] => [
        { at: tableAt(ctx, 'income', label, '总计'), what: '总计 = 本年收入合计 + 上年结转结余合计', expected: add(currentIncome(s), carryOver(s)), actual: grandTotal(s) },
        { at: tableAt(ctx, 'income', label, '总计'), what: '总计 = 该行支出明细之和', expected: total, actual: grandTotal(s) },
        { at: tableAt(ctx, 'income', label, '其中：财政拨款'), what: '其中：财政拨款不大于一般公共预算小计', expected: s.generalPublic, actual: s.generalPublicAppropriation, relation: 'le' },
      ]),
    );
  },
};

/** T05 (spec §5.1) as printed, on every body row. */
export const t05Document: DocumentRule = {
  id: 'T05',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income'],
  run(view) {
    const b = view.read('income', budget02);
    if (!b) return notRun('收入预算表缺少收入列');
    const rows = b.t.body;
    const eqs: Equation[] = [
      ...acrossRows(b.t, rows, b.total, [b.current, b.carry], '总计 = 本年收入合计 + 上年结转结余合计'),
      ...acrossRows(b.t, rows, b.current, b.currentParts, '本年收入合计 = 各来源之和'),
      ...acrossRows(b.t, rows, b.carry, b.carryParts, '上年结转结余合计 = 各来源之和'),
      ...notAboveAcrossRows(b.t, rows, b.appropriation, b.generalPublic, '其中：财政拨款不大于一般公共预算小计'),
    ];
    return checkEquations(this, eqs);
  },
};
