import type { ExpenditureBreakdown } from '../compute/breakdown.js';
import { squeeze } from './view/table-view.js';
import { checkEquations, type Equation } from './equations.js';
import { BREAKDOWN_LABELS, tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { functionTable } from './view/budget03.js';
import { amountAt, pick } from './view/table-equations.js';
import { agrees } from './compare.js';

const description = '预算05表 = 预算03表中一般公共预算部分（逐格不大于03表；全部为一般公共预算时逐格相等）';
const FIELDS: readonly (keyof ExpenditureBreakdown)[] = ['total', 'basic', 'wages', 'personalFamily', 'goodsServices', 'capital', 'project', 'projectOperating', 'projectSpecific'];

/** X06 (spec §5.2) on figures: every 05 cell ≤ the 03 cell of the same 项. */
export const x06Input: InputRule = {
  id: 'X06',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const all = new Map(f.func.all.rows.map((r) => [r.code, r.breakdown]));
    const eqs = f.func.generalPublic.rows.flatMap((r): Equation[] => {
      const whole = all.get(r.code);
      if (!whole) return [{ at: tableAt('预算05', `${r.code} ${r.name}`), what: `“项”${r.code}在预算03表中没有对应行`, expected: r.breakdown.total.minus(r.breakdown.total), actual: r.breakdown.total }];
      return FIELDS.map((k) => ({ at: tableAt('预算05', `${r.code} ${r.name}`, BREAKDOWN_LABELS[k]), what: '预算05表不大于预算03表', expected: whole[k], actual: r.breakdown[k], relation: 'le' as const }));
    });
    return checkEquations(this, eqs);
  },
};

/** X06 (spec §5.2) as printed; equality is required when 01 shows every yuan as 一般公共预算. */
export const x06Document: DocumentRule = {
  id: 'X06',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const f3 = view.read('expenditure', functionTable);
    const f5 = view.read('general-public-expenditure', functionTable);
    if (!f3 || !f5) return notRun('文档中没有预算03表或预算05表');
    const equal = allGeneralPublic(view);
    const rows3 = new Map(f3.itemRows.map((i) => [i.code, i.row]));
    const pairs: [number, number | undefined, string][] = [
      ...(f5.totalRow !== undefined ? [[f5.totalRow, f3.totalRow, '合计'] as [number, number | undefined, string]] : []),
      ...f5.itemRows.map((i): [number, number | undefined, string] => [i.row, rows3.get(i.code), i.code]),
    ];
    const eqs = pairs.flatMap(([r5, r3, label]) =>
      f5.amounts.flatMap((c, k): Equation[] => {
        const actual = amountAt(f5.t, r5, c);
        const whole = r3 === undefined ? undefined : amountAt(f3.t, r3, f3.amounts[k]);
        if (!actual || (r3 !== undefined && !whole)) return [];
        const expected = whole ?? { value: actual.value.minus(actual.value), radius: actual.radius };
        return [{ at: f5.t.at(r5, c), what: `预算05表“${squeeze(label)}”${equal ? '等于' : '不大于'}预算03表`, actual, expected, relation: equal ? 'eq' : 'le' }];
      }),
    );
    return checkEquations(this, eqs);
  },
};

/** True when 01 prints 一、一般公共预算 = 收入总计 (every yuan is 一般公共预算, as in all seeds). */
function allGeneralPublic(view: Parameters<DocumentRule['run']>[0]): boolean {
  const b1 = view.read('income-expenditure', budget01);
  const gp = b1 && pick(b1.t, b1.income('一、一般公共预算'), b1.incomeAmount);
  const all = b1 && pick(b1.t, b1.income('收入总计'), b1.incomeAmount);
  return !!gp && !!all && agrees(gp.q, all.q);
}
