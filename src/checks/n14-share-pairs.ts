import type { Diagnostic } from '../model/diagnostic.js';
import { HUNDRED } from '../model/money.js';
import type { SharePair } from '../compute/changes.js';
import { checkEquations } from './equations.js';
import { parseNumber } from './compare.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';

const description = '每对占比（基本/项目、人员/公用）之和恰好为100.00%';
const SECTIONS = ['explanation.3', 'explanation.5', 'explanation.6'];

/** N14 (spec §5.2, §2.12) on figures: each SharePair's two shares add to exactly 100. */
export const n14Input: InputRule = {
  id: 'N14',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const pairs: [string, SharePair | null, string][] = [['三', f.shares.expenditure, 'explanation.3'], ['五', f.shares.generalPublic, 'explanation.5'], ['六', f.shares.basic, 'explanation.6']];
    return checkEquations(
      this,
      pairs.flatMap(([label, p, section]) => (p ? [{ at: { kind: 'narrative' as const, section }, what: `说明${label}两项占比之和`, expected: HUNDRED, actual: p.first.plus(p.second), unit: '%' }] : [])),
    );
  },
};

/** N14 (spec §5.2) as printed: in 三, 五, 六 the two `占X%` sum to 100 exactly (no rounding allowance). */
export const n14Document: DocumentRule = {
  id: 'N14',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const out: Diagnostic[] = [];
    let seen = 0;
    for (const section of SECTIONS) {
      const text = view.section(section);
      const shares = text ? [...text.matchAll(/占(\d+(?:\.\d+)?)%/g)].map((m) => m[1] as string) : [];
      if (shares.length !== 2) continue;
      seen++;
      const sum = shares.map((s) => parseNumber(s)!.value).reduce((a, b) => a.plus(b));
      if (!sum.eq(HUNDRED))
        out.push(finding(this, { kind: 'narrative', section }, `两项占比${shares.map((s) => `${s}%`).join('、')}之和为${sum.toFixed()}%，应为100.00%`, { data: { expected: '100.00', actual: sum.toFixed(2) } }));
    }
    return seen === 0 ? notRun('文档中没有成对的占比') : out;
  },
};
