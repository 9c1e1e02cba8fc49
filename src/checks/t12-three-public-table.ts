import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notApplicable, notRun, type DocumentRule, type InputRule } from './rule.js';
import { acrossRows, columnsOf } from './view/table-equations.js';

const description = '“三公”经费预算表：“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车小计 = 购置费 + 运行费';

/** T12 (spec §5.1) on figures. */
export const t12Input: InputRule = {
  id: 'T12',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['three-public-costs'],
  run(ctx) {
    const p = ctx.figures.threePublic;
    const eqs: Equation[] = [
      { at: tableAt(ctx, 'three-public-costs', undefined, '“三公”经费合计'), what: '合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费', expected: p.abroad.plus(p.vehicles).plus(p.reception), actual: p.total },
      { at: tableAt(ctx, 'three-public-costs', undefined, '公务用车购置及运行费小计'), what: '小计 = 公务用车购置费 + 公务用车运行费', expected: p.vehiclePurchase.plus(p.vehicleOps), actual: p.vehicles },
    ];
    return checkEquations(this, eqs);
  },
};

/** T12 (spec §5.1) as printed, on the one data row (none when the table is empty: nothing to check, not applicable). */
export const t12Document: DocumentRule = {
  id: 'T12',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['three-public-costs'],
  run(view) {
    const t = view.table('three-public-costs');
    const cols = t && columnsOf(t, 'total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOps', 'reception');
    if (!t || !cols) return notRun('“三公”经费预算表缺少金额列');
    if (t.body.length === 0) return notApplicable(`${t.table.label}无数据`);
    const [all, abroad, vehicles, purchase, ops, reception] = cols as [number, number, number, number, number, number];
    return checkEquations(this, [
      ...acrossRows(t, t.body, all, [abroad, vehicles, reception], '合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费'),
      ...acrossRows(t, t.body, vehicles, [purchase, ops], '小计 = 公务用车购置费 + 公务用车运行费'),
    ]);
  },
};
