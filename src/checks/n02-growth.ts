import type { Diagnostic } from '../model/diagnostic.js';
import { HUNDRED } from '../model/money.js';
import type { Change } from '../compute/changes.js';
import { difference, percentOf, total } from './compare.js';
import { checkEquations, show, type Equation } from './equations.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';
import { amountAfter, changeClauses } from './view/narrative.js';
import { SECTION } from './view/sections.js';

const description = '说明一、四：增减额 = 本年 − 上年；增长率 = 增减额 ÷ 上年（四舍五入两位）；“增加”配“增长”，“减少”配“下降”';

/** N02 (spec §5.2, §2.0) on figures: Δ = current − prior, growth = |Δ| / prior × 100, direction by sign. */
export const n02Input: InputRule = {
  id: 'N02',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const c = f.changes;
    const named: [string, Change, string][] = [
      ['收支总计', c.total, SECTION.totals],
      ['收入总计', c.income, SECTION.totals],
      ['支出总计', c.expenditure, SECTION.totals],
      ['一般公共预算', c.generalPublic, SECTION.appropriation],
      ['政府性基金', c.govFund, SECTION.appropriation],
    ];
    return checkEquations(
      this,
      named.flatMap(([label, ch, section]): Equation[] => {
        const at = { kind: 'narrative' as const, section };
        const eqs: Equation[] = [{ at, what: `${label}增减额 = 本年 − 上年`, expected: ch.current.minus(ch.prior), actual: ch.delta }];
        if (ch.growth) eqs.push({ at, what: `${label}增长率`, expected: ch.delta.abs().div(ch.prior).times(HUNDRED), actual: ch.growth, unit: '%' });
        return eqs;
      }),
    );
  },
};

/** The clauses of 一 and 四 and the figure each compares (the subject's current amount in the same section). */
const CLAUSES: readonly [string, string, string][] = [
  [SECTION.totals, '', '收入总计'],
  [SECTION.appropriation, '一般公共预算收支预算', '一般公共预算收支预算'],
  [SECTION.appropriation, '政府性基金收支预算', '政府性基金收支预算'],
];

/** N02 (spec §5.2) as printed: prior = current − Δ, then the printed growth agrees with Δ / prior within its rounding. */
export const n02Document: DocumentRule = {
  id: 'N02',
  layer: 'document',
  severity: 'error',
  tolerance: 'rounded',
  description,
  run(view) {
    const out: Diagnostic[] = [];
    let seen = 0;
    for (const [section, subject, currentLabel] of CLAUSES) {
      const text = view.section(section);
      const current = text && amountAfter(text, currentLabel);
      if (!text || !current) continue;
      const at = { kind: 'narrative' as const, section };
      for (const c of changeClauses(text, subject)) {
        seen++;
        if (c.up !== c.growUp) out.push(finding(this, at, `“${c.raw}”：${c.verb}应与${c.up ? '增长' : '下降'}搭配`));
        // prior = current ∓ Δ; both may be rounded (a whole-万元 house style), so the growth is an interval
        const prior = c.up ? difference(current, c.delta) : total([current, c.delta]);
        const expected = percentOf(c.delta, prior);
        if (!expected) continue;
        out.push(...checkEquations(this, [{ at, what: `“${c.raw}”的增长率（上年${show(prior.value)}）`, actual: c.growth, expected, unit: '%' }]));
      }
    }
    return seen === 0 ? notRun('说明一、四没有增减额和增长率') : out;
  },
};
