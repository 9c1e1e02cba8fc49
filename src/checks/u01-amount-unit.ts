import type { Change } from '../compute/changes.js';
import { THREE_PUBLIC_CODES, type BudgetFigures } from '../compute/figures.js';
import type { ResolvedItem } from '../compute/items.js';
import { sourceFamily } from '../compute/sources.js';
import { formatLocation, type Diagnostic } from '../model/diagnostic.js';
import { Decimal, sum } from '../model/money.js';
import { wan } from './locations.js';
import { finding, type InputContext, type InputRule } from './rule.js';

/** A figure this many times another it should be close to is taken for one typed in 元 (issue 15: “≥ 50× or ≤ 1/50”). */
export const IMPLAUSIBLE_RATIO = 50;
/** …when the larger of the two is at least this many 万元 (a real budget growing from 0.10 to 6.00 is not flagged). */
const LARGE = new Decimal(100);

const ASK = '是否按元填写？填报金额单位为万元';

/** A figure compared with its prior-year value: its words, the change, where the prior is typed, and the items it sums. */
interface Pair {
  label: string;
  change: Change | null;
  prior: (string | number)[];
  items: (i: ResolvedItem) => boolean;
}

/**
 * The pairs, narrowest first: a line item typed in 元 shows first in its own 三公 item or family, then in the
 * totals, which then follow from that finding. Prior totals given only as 收支总计 are compared once.
 */
function pairs(f: BudgetFigures, ctx: InputContext): Pair[] {
  const gp = (i: ResolvedItem) => sourceFamily(i.source) === 'generalPublic';
  const p = ctx.input.prior;
  const three = (k: keyof typeof THREE_PUBLIC_CODES, label: string): Pair => ({ label, change: f.changes.threePublic[k], prior: ['prior', 'threePublic', k], items: (i) => gp(i) && i.econ === THREE_PUBLIC_CODES[k] });
  return [
    three('abroad', '因公出国（境）费'),
    three('reception', '公务接待费'),
    three('vehiclePurchase', '公务用车购置费'),
    three('vehicleOps', '公务用车运行维护费'),
    { label: '机构运转经费', change: f.changes.operatingFunds, prior: ['prior', 'operatingFunds'], items: (i) => gp(i) && i.kind === '基本' && (i.econClass === '302' || i.econClass === '310') },
    { label: '政府性基金预算', change: f.changes.govFund, prior: ['prior', 'govFund'], items: (i) => sourceFamily(i.source) === 'govFund' },
    { label: '国有资本经营预算', change: f.changes.stateCapital, prior: ['prior', 'stateCapital'], items: (i) => sourceFamily(i.source) === 'stateCapital' },
    { label: '一般公共预算', change: f.changes.generalPublic, prior: ['prior', 'generalPublic'], items: gp },
    ...(p.totalExpenditure !== undefined ? [{ label: '支出总计', change: f.changes.expenditure, prior: ['prior', 'totalExpenditure'], items: () => true }] : []),
    ...(p.totalIncome !== undefined ? [{ label: '收入总计', change: f.changes.income, prior: ['prior', 'totalIncome'], items: () => true }] : []),
    { label: '收支总计', change: f.changes.total, prior: ['prior', 'total'], items: () => true },
  ];
}

/**
 * U01 (issue 15): amounts typed in 元 instead of 万元. A line item at least 50 times the rest of its unit's items
 * together; a figure at least 50 times its prior-year value (the largest of its line items is named); a
 * prior-year figure at least 50 times this year's (the prior cell is named). Each asks whether the cell was
 * filled in 元 and what it would be in 万元. The totals an item already named inflates follow from it (`cause`).
 */
export const u01: InputRule = {
  id: 'U01',
  layer: 'input',
  severity: 'warning',
  tolerance: 'exact',
  description: '金额量级可信：与上年数或本单位其余各笔相差50倍以上时提示是否按元填写（填报金额单位为万元）',
  run(ctx) {
    const out = itemFindings(this, ctx);
    const named = new Map(out.map((d) => [formatLocation(d.at), d]));
    for (const pair of pairs(ctx.figures, ctx)) {
      const c = pair.change;
      if (!c || c.prior.lte(0) || c.current.lte(0) || Decimal.max(c.prior, c.current).lt(LARGE)) continue;
      if (c.current.gte(c.prior.times(IMPLAUSIBLE_RATIO))) {
        const largest = largestItem(ctx.figures.items.filter(pair.items));
        if (!largest) continue;
        const at = ctx.at(['lineItems', largest.index, 'amount']);
        const message = `本年${pair.label}${wan(c.current)}是上年（${wan(c.prior)}）的${times(c.current, c.prior)}倍：支出明细金额${ASK}（最大的一笔是这一行 ${wan(largest.amount)}，按元填写时应为${inWan(largest.amount)}）`;
        const root = named.get(formatLocation(at));
        const d = finding(this, at, message, { related: [ctx.at(pair.prior)], data: { actual: c.current.toFixed(2), expected: c.prior.toFixed(2) }, ...(root ? { cause: { rule: root.rule, at: root.at } } : {}) });
        out.push(d);
        if (!root) named.set(formatLocation(at), d);
      } else if (c.prior.gte(c.current.times(IMPLAUSIBLE_RATIO))) {
        out.push(
          finding(this, ctx.at(pair.prior), `上年${pair.label}${wan(c.prior)}是本年（${wan(c.current)}）的${times(c.prior, c.current)}倍：上年数${ASK}（按元填写时应为${inWan(c.prior)}）`, {
            data: { actual: c.prior.toFixed(2), expected: c.current.toFixed(2) },
          }),
        );
      }
    }
    return out;
  },
};

/** Line items at least 50 times the rest of their unit's items together. */
function itemFindings(rule: InputRule, ctx: InputContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byUnit = new Map<string, ResolvedItem[]>();
  for (const i of ctx.figures.items) {
    const unit = byUnit.get(i.unit.code);
    if (unit) unit.push(i);
    else byUnit.set(i.unit.code, [i]);
  }
  for (const items of byUnit.values()) {
    const whole = sum(items.map((i) => i.amount));
    for (const item of items) {
      if (item.amount.lt(LARGE)) continue; // most items: no rest worked out
      const rest = whole.minus(item.amount);
      if (rest.lte(0) || item.amount.lt(rest.times(IMPLAUSIBLE_RATIO))) continue;
      out.push(
        finding(rule, ctx.at(['lineItems', item.index, 'amount']), `这一笔${wan(item.amount)}是本单位其余各笔合计（${wan(rest)}）的${times(item.amount, rest)}倍：${ASK}（按元填写时应为${inWan(item.amount)}）`, {
          data: { actual: item.amount.toFixed(2), expected: rest.toFixed(2) },
        }),
      );
    }
  }
  return out;
}

function largestItem(items: readonly ResolvedItem[]): ResolvedItem | undefined {
  return items.reduce<ResolvedItem | undefined>((best, i) => (!best || i.amount.gt(best.amount) ? i : best), undefined);
}

/** `4,347` (a whole number of times). */
function times(a: Decimal, b: Decimal): string {
  return a.div(b).toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber().toLocaleString('en-US');
}

/** An amount typed in 元, in 万元: `1485300.00` → `148.53万元`. */
function inWan(value: Decimal): string {
  return wan(value.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}
