import type { BudgetFigures } from '../compute/figures.js';
import { Decimal } from '../model/money.js';
import { CONTROL_TOTAL_KEYS, type ControlTotalKey } from '../model/schema.js';
import { formatLocation, type Diagnostic } from '../model/diagnostic.js';
import { decimalString } from './compare.js';
import { wan } from './locations.js';
import { finding, notRun, type InputRule } from './rule.js';

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

/** The narrowest figure first: one wrong line item shows in 人员经费, then 基本支出 … up to 收支总计. */
const NARROW_FIRST: readonly ControlTotalKey[] = ['personnel', 'operating', 'threePublic', 'operatingFunds', 'basic', 'project', 'generalPublic', 'expenditure', 'income', 'total'];

/**
 * C01 (spec §4.4): each control total copied from the budget system equals the derived figure, exactly.
 * The tool always prints the derived figure; a difference means the line items are incomplete or wrong, so
 * the message sends the officer to the line items first. Totals off by the same amount come from one cause:
 * the narrowest of them is reported and the wider ones follow from it (`cause`).
 */
export const c01: InputRule = {
  id: 'C01',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description: '控制数（controlTotals）与由支出明细计算的数一致',
  run({ input, figures, at }) {
    const totals = input.controlTotals;
    const keys = NARROW_FIRST.filter((k) => totals?.[k] !== undefined);
    if (!totals || keys.length === 0) return notRun('输入未填写控制数（controlTotals）');
    const items = formatLocation(at(['lineItems']));
    const found = keys.flatMap((k): Diagnostic[] => {
      const label = CONTROL_TOTAL_KEYS[k];
      const typed = totals[k] as Decimal;
      const derived = DERIVED[k](figures);
      if (typed.eq(derived)) return [];
      const gap = derived.minus(typed);
      const message =
        `控制数“${label}”为${wan(typed)}，由支出明细计算为${wan(derived)}（明细${gap.isNegative() ? '少' : '多'}${wan(gap.abs())}）：` +
        `请先核对支出明细（${items}）中计入${label}的各笔是否漏填、多填或金额填错；控制数从预算系统抄录，一般不需修改，除非抄错`;
      return [finding(this, at(['controlTotals', k]), message, { data: { expected: decimalString(derived), actual: decimalString(typed) }, related: [at(['lineItems'])] })];
    });
    return followTheNarrowest(found);
  },
};

/** Findings off by the same amount as a narrower one follow from it. */
function followTheNarrowest(found: readonly Diagnostic[]): Diagnostic[] {
  const first = new Map<string, Diagnostic>();
  return found.map((d) => {
    const key = gapOf(d);
    const root = first.get(key);
    if (root) return { ...d, cause: { rule: root.rule, at: root.at } };
    first.set(key, d);
    return d;
  });
}

/** actual − expected as a decimal string. */
function gapOf(d: Diagnostic): string {
  return new Decimal(d.data?.actual ?? '0').minus(new Decimal(d.data?.expected ?? '0')).toFixed();
}
