import type { Diagnostic, Location } from '../model/diagnostic.js';
import { Decimal, formatAmount } from '../model/money.js';
import { agrees, atMost, decimalString, exactly, type Quantity } from './compare.js';
import { finding, type Rule } from './rule.js';

/**
 * One relation a rule states, with both sides: `actual` is what is printed (or computed) at `at`,
 * `expected` what the relation says it must be. `le` means actual ≤ expected.
 */
export interface Equation {
  at: Location;
  /** What is compared, in Chinese: `本年收入合计`, `合计 = 基本支出小计 + 项目支出小计`. */
  what: string;
  expected: Quantity | Decimal;
  actual: Quantity | Decimal;
  relation?: 'eq' | 'le';
  related?: Location[];
  /** Unit word after the numbers; default 万元. */
  unit?: string;
}

const asQuantity = (q: Quantity | Decimal): Quantity => (Decimal.isDecimal(q) ? exactly(q) : q);

/** Whether an equation holds within the rounding its quantities carry. */
export function holds(e: Equation): boolean {
  const a = asQuantity(e.actual);
  const b = asQuantity(e.expected);
  return e.relation === 'le' ? atMost(a, b) : agrees(a, b);
}

/** Prints a number for a message: 2 decimals for amounts, all places otherwise. */
export function show(value: Decimal, unit = '万元'): string {
  if (unit === '%') return `${value.decimalPlaces() > 4 ? value.toDecimalPlaces(4).toFixed(4) : value.toFixed()}%`;
  const text = unit === '万元' && value.decimalPlaces() <= 2 ? formatAmount(value) : value.toFixed();
  return `${text}${unit}`;
}

/** The findings of every equation that fails, each naming both values (STYLE.md "data, then words"). */
export function checkEquations(rule: Pick<Rule, 'id' | 'severity'>, equations: readonly Equation[]): Diagnostic[] {
  return equations.filter((e) => !holds(e)).map((e) => equationFinding(rule, e));
}

function equationFinding(rule: Pick<Rule, 'id' | 'severity'>, e: Equation): Diagnostic {
  const actual = asQuantity(e.actual).value;
  const expected = asQuantity(e.expected).value;
  const unit = e.unit ?? '万元';
  const message =
    e.relation === 'le'
      ? `${e.what}：${show(actual, unit)}不应大于${show(expected, unit)}`
      : `${e.what}：应为${show(expected, unit)}，实际为${show(actual, unit)}（相差${show(actual.minus(expected), unit)}）`;
  return finding(rule, e.at, message, {
    data: { expected: decimalString(expected), actual: decimalString(actual) },
    ...(e.related ? { related: e.related } : {}),
  });
}
