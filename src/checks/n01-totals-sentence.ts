import type { Equation } from './equations.js';
import { checkEquations } from './equations.js';
import { notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { amountAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { pick } from './view/table-equations.js';

/** N01 (spec §5.2): 一 收入总计 / 支出总计 = 01 收入总计 / 支出总计. */
export const n01: DocumentRule = {
  id: 'N01',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '说明一的收入总计、支出总计 = 预算01表收入总计、支出总计',
  run(view) {
    const text = view.section(SECTION.totals);
    const b = view.read('income-expenditure', budget01);
    if (!text || !b) return notRun('文档中没有说明一或预算01表');
    const at = { kind: 'narrative' as const, section: SECTION.totals };
    const pairs: [string, ReturnType<typeof pick>][] = [
      ['收入总计', pick(b.t, b.income('收入总计'), b.incomeAmount)],
      ['支出总计', pick(b.t, b.expenditure('支出总计'), b.expenditureAmount)],
    ];
    const eqs = pairs.flatMap(([label, cell]): Equation[] => {
      const said = amountAfter(text, label);
      return said && cell ? [{ at, what: `说明一的${label} = 预算01表${label}`, actual: said, expected: cell.q, related: [cell.at] }] : [];
    });
    if (eqs.length === 0) return notRun('说明一没有收入总计、支出总计');
    return checkEquations(this, eqs);
  },
};
