import type { Diagnostic } from '../model/diagnostic.js';
import { Decimal } from '../model/money.js';
import { finding, notRun, type InputRule } from './rule.js';

/** A percentage 指标值 that caps or states a rate: `≤10%`, `<=100%`, `不超过95%`, `100%`; lower bounds give undefined. */
const CAP = /^(≤|<=|<|不超过|不高于)?(\d+(?:\.\d+)?)%$/;

/** The percentage a 控制率 target allows at most, or undefined when the value is not such a cap. */
export function rateCap(value: string): Decimal | undefined {
  const m = CAP.exec(value.replace(/\s+/g, '').replace('％', '%'));
  return m ? new Decimal(m[2] ?? '0') : undefined;
}

/**
 * A03 (plausibility, W; spec §5.3 004-6): a 控制率 in the 整体绩效目标's 投入管理 values (`“三公经费”控制率` = 实际支出数
 * ÷ 预算数 × 100%) is capped at 100% or more. Spending within the budget gives up to 100%, so `≤10%` would demand
 * spending a tenth of it: the target is almost surely `≤100%` mistyped.
 */
export const a03: InputRule = {
  id: 'A03',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '整体绩效目标中控制率（实际支出数÷预算数）的指标值不应低于100%',
  tables: ['overall-performance'],
  run({ input, at }) {
    const op = input.overallPerformance;
    if (!op) return notRun('未填写整体绩效目标（overallPerformance）');
    const out: Diagnostic[] = [];
    for (const [name, value] of Object.entries(op.inputValues)) {
      const cap = name.includes('控制率') ? rateCap(value) : undefined;
      if (!cap || cap.gte(100)) continue;
      out.push(
        finding(this, at(['overallPerformance', 'inputValues', name]), `整体绩效目标的投入管理指标${name}的指标值为“${value}”：控制率为实际支出数占预算数的百分比，预算内支出即不超过100%，指标值通常为“≤100%”，请核对`, {
          data: { expected: '≤100%', actual: value },
        }),
      );
    }
    return out;
  },
};
