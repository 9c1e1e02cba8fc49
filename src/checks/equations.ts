import { formatLocation, type Diagnostic, type Location } from '../model/diagnostic.js';
import { Decimal, formatAmount } from '../model/money.js';
import { agrees, atMost, decimalString, exactly, type Quantity } from './compare.js';
import { finding, type Rule } from './rule.js';

/** One side of a relation as a message names it: its words, and where it is read when that is one place. */
export interface Side {
  name: string;
  at?: Location;
}

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
  /**
   * How the message names the two sides (issue 15: both sides with their places). Default: `what` split at
   * ` = ` (`本年支出合计 = 各“类”之和`), the actual side at `at`, the expected side at the one related place.
   */
  sides?: { actual: Side; expected: Side };
  /** The side the officer should check first (default: the actual side, the figure the relation is about), and why. */
  checkFirst?: 'actual' | 'expected';
  hint?: string;
}

const asQuantity = (q: Quantity | Decimal): Quantity => (Decimal.isDecimal(q) ? exactly(q) : q);

/** Whether an equation holds within the rounding its quantities carry. */
export function holds(e: Pick<Equation, 'actual' | 'expected' | 'relation'>): boolean {
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

/** The words of a relation's two sides: `左 = 右`, `左等于右`, `左不大于右`; undefined when `what` names no two sides. */
export function splitSides(what: string): [string, string] | undefined {
  for (const sep of [' = ', '不大于', '等于']) {
    const cut = what.indexOf(sep);
    if (cut > 0 && cut + sep.length < what.length) return [what.slice(0, cut), what.slice(cut + sep.length)];
  }
  return undefined;
}

/** The sides of an equation: given, or read off `what` (splitSides), the actual side at `at`, the expected at the one related place. */
export function sidesOf(e: Equation): { actual: Side; expected: Side } | undefined {
  if (e.sides) return e.sides;
  const split = splitSides(e.what);
  if (!split) return undefined;
  const related = e.related?.length === 1 ? e.related[0] : undefined;
  return { actual: { name: split[0], at: e.at }, expected: { name: split[1], ...(related ? { at: related } : {}) } };
}

function equationFinding(rule: Pick<Rule, 'id' | 'severity'>, e: Equation): Diagnostic {
  const actual = asQuantity(e.actual).value;
  const expected = asQuantity(e.expected).value;
  return finding(rule, e.at, message(e, actual, expected), {
    data: { expected: decimalString(expected), actual: decimalString(actual) },
    ...(e.related ? { related: e.related } : {}),
  });
}

function message(e: Equation, actual: Decimal, expected: Decimal): string {
  const unit = e.unit ?? '万元';
  const sides = sidesOf(e);
  const diff = actual.minus(expected);
  const first = e.checkFirst === 'expected' ? sides?.expected : sides?.actual;
  const check = `请先核对${first ? named(first) : '此处'}${e.hint ? `：${e.hint}` : ''}`;
  if (!sides) {
    return e.relation === 'le'
      ? `${e.what}：${show(actual, unit)}不应大于${show(expected, unit)}；${check}`
      : `${e.what}：应为${show(expected, unit)}，实际为${show(actual, unit)}（相差${show(diff, unit)}）；${check}`;
  }
  const both = `${named(sides.actual, show(actual, unit))}，${named(sides.expected, show(expected, unit))}`;
  const gap = e.relation === 'le' ? `前者不应大于后者（多${show(diff.abs(), unit)}）` : `前者${diff.isNegative() ? '少' : '多'}${show(diff.abs(), unit)}`;
  return `${e.what}：${both}，${gap}；${check}`;
}

/** `预算01表收入总计为100.00万元（预算01 收入总计/收入金额）`, or the words and place alone. */
function named(side: Side, value?: string): string {
  return `${side.name}${value !== undefined ? `为${value}` : ''}${side.at ? `（${formatLocation(side.at)}）` : ''}`;
}
