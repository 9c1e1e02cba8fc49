import { ZERO } from '../model/money.js';
import { exactly } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { notRun, type DocumentRule } from './rule.js';
import { amountAfter } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { amountAt, columnsOf } from './view/table-equations.js';

/** Narrative label → 08表 column (the 08 header says 运行费, the narrative 运行维护费: spec §3.8). */
const ITEMS: readonly [string, string[]][] = [
  ['“三公”经费支出预算为', ['“三公”经费合计']],
  ['因公出国（境）费', ['因公出国（境）费']],
  ['公务接待费', ['公务接待费']],
  ['公务用车购置及运行费', ['公务用车购置及运行费', '小计']],
  ['公务用车购置费', ['公务用车购置费']],
  ['公务用车运行维护费', ['公务用车运行费']],
];

/** N08 (spec §5.2, §2.7): 七 amounts = 08 cells (an empty 08 reads as zeros). */
export const n08: DocumentRule = {
  id: 'N08',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '说明七的“三公”经费各项金额 = 预算08表对应单元格',
  run(view) {
    const text = view.section(SECTION.threePublic);
    const t = view.table('three-public-costs');
    const cols = t && columnsOf(t, ...ITEMS.map(([, c]) => c));
    if (!text || !t || !cols) return notRun('文档中没有说明七或预算08表');
    const row = t.body[0];
    const at = { kind: 'narrative' as const, section: SECTION.threePublic };
    const eqs = ITEMS.flatMap(([label], k): Equation[] => {
      const said = amountAfter(text, label);
      const cell = row === undefined ? exactly(ZERO) : amountAt(t, row, cols[k]);
      return said && cell ? [{ at, what: `说明七的${label.replace('支出预算为', '')} = 预算08表`, actual: said, expected: cell, ...(row !== undefined ? { related: [t.at(row, cols[k] as number)] } : {}) }] : [];
    });
    if (eqs.length === 0) return notRun('说明七没有可核对的金额');
    return checkEquations(this, eqs);
  },
};
