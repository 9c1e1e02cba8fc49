import type { Diagnostic } from '../model/diagnostic.js';
import { Decimal, sum } from '../model/money.js';
import type { Indicator } from '../model/schema.js';
import { decimalString } from './compare.js';
import { projectName, wan } from './locations.js';
import { finding, type InputRule } from './rule.js';

/** A money-valued 成本指标 value in 万元, with its bound: `≤1万元`, `≥309.12万元`, `16.2万元`, `≤81624元`. */
export interface CostValue {
  bound: 'max' | 'min' | 'plain';
  amount: Decimal;
  index: number;
}

const MONEY = /^(≤|≥|<=|>=|<|>|不超过|不高于|不低于)?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)$/;

/** Reads a 指标值 as money; per-unit values (`元/人/月`, `200元/人*天`) and non-money values give undefined. */
export function costValue(text: string, index: number): CostValue | undefined {
  const m = MONEY.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const [, sign = '', number = '0', unit] = m;
  const amount = unit === '元' ? new Decimal(number).div(10000) : new Decimal(number);
  const bound = ['≤', '<=', '<', '不超过', '不高于'].includes(sign) ? 'max' : ['≥', '>=', '>', '不低于'].includes(sign) ? 'min' : 'plain';
  return { bound, amount, index };
}

/**
 * P01 (spec §5.2, W): money-valued 成本指标 agree with the project amount (exact, in 万元; 元 ÷ 10000).
 * Upper bounds: amount ≤ their sum (a component cost such as `每台电脑 ≤0.5万元` beside `总成本 ≤3万元`
 * must not raise a false alarm). Lower bounds: amount ≥ the smallest. Without bounds, a plain value or the
 * sum of the plain values equals the amount.
 */
export const p01: InputRule = {
  id: 'P01',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '以金额表示的成本指标与项目金额相符（≤X 则金额≤X，≥X 则金额≥X，否则某个金额或其和等于项目金额）',
  run({ input, figures, at }) {
    const out: Diagnostic[] = [];
    for (const pf of figures.projects) {
      const values = pf.project.indicators.cost.flatMap((ind: Indicator, i) => costValue(ind.value, i) ?? []);
      if (values.length === 0) continue;
      const problem = mismatch(values, pf.total);
      if (!problem) continue;
      const index = input.projects.indexOf(pf.project);
      const ind = pf.project.indicators.cost[problem.index] as Indicator;
      out.push(
        finding(this, at(['projects', index, 'indicators', 'cost', problem.index, 'value']), `项目${projectName(pf.project)}金额${wan(pf.total)}，但成本指标“${ind.name} ${ind.value}”${problem.says}`, {
          data: { expected: problem.expected, actual: decimalString(pf.total) },
        }),
      );
    }
    return out;
  },
};

function mismatch(values: readonly CostValue[], amount: Decimal): { index: number; says: string; expected: string } | undefined {
  const max = values.filter((v) => v.bound === 'max');
  const min = values.filter((v) => v.bound === 'min');
  if (max.length > 0) {
    const limit = sum(max.map((v) => v.amount));
    if (amount.gt(limit)) return { index: (max[0] as CostValue).index, says: `（${wan4(limit)}）低于项目金额`, expected: `≤${decimalString(limit)}` };
  }
  if (min.length > 0) {
    const smallest = min.reduce((a, b) => (b.amount.lt(a.amount) ? b : a));
    if (amount.lt(smallest.amount)) return { index: smallest.index, says: `（${wan4(smallest.amount)}）高于项目金额`, expected: `≥${decimalString(smallest.amount)}` };
  }
  if (max.length > 0 || min.length > 0) return undefined;
  const plain = values.filter((v) => v.bound === 'plain');
  if (plain.some((v) => v.amount.eq(amount)) || sum(plain.map((v) => v.amount)).eq(amount)) return undefined;
  const first = plain[0] as CostValue;
  return { index: first.index, says: `（${wan4(first.amount)}）与项目金额不符`, expected: decimalString(first.amount) };
}

/** Up to 4 decimals: `8.1624万元` from `81624元`. */
function wan4(value: Decimal): string {
  return value.decimalPlaces() > 2 ? `${value.toFixed()}万元` : wan(value);
}
