import { percentOf } from '../compare.js';
import { checkEquations, type Equation } from '../equations.js';
import { notApplicable, notRun, type DocumentRule } from '../rule.js';
import { functionTable } from './budget03.js';
import type { DocumentView, TableKind } from './document-view.js';
import { budget06 } from './econ-tables.js';
import { amountAfter, shareAfter } from './narrative.js';
import { pick, type PrintedCell } from './table-equations.js';

/** A narrative sentence `{whole}X万元。其中：{a}Y万元，占P%；{b}Z万元，占Q%` checked against a table's total row. */
export interface ShareSentence {
  id: string;
  section: string;
  table: 'expenditure' | 'general-public-expenditure' | 'general-public-basic-expenditure';
  description: string;
  whole: string;
  parts: [string, string];
}

/** The total-row cells a sentence states: [whole, first part, second part]. */
function totalCells(view: DocumentView, kind: TableKind): (PrintedCell | undefined)[] | undefined {
  if (kind === 'general-public-basic-expenditure') {
    const b = view.read(kind, budget06);
    return b && [b.total, b.personnel, b.operating].map((c) => pick(b.t, b.totalRow, c));
  }
  const f = view.read(kind, functionTable);
  return f && [f.total, f.basic, f.project].map((c) => pick(f.t, f.totalRow, c));
}

/** N04/N06/N07: amounts equal the table's total row; each printed share agrees with amount ÷ whole. */
export function shareSentenceRule(s: ShareSentence): DocumentRule {
  return {
    id: s.id,
    layer: 'document',
    severity: 'error',
    tolerance: 'rounded',
    description: s.description,
    tables: [s.table],
    run(view) {
      const text = view.section(s.section);
      if (text === undefined) return notApplicable(`本模板的说明没有 ${s.section}`);
      const cells = totalCells(view, s.table);
      const whole = amountAfter(text, s.whole);
      if (!cells || !whole) return notRun(`${s.section}的${s.whole}或${view.label(s.table)}合计行无法读取`);
      const at = { kind: 'narrative' as const, section: s.section };
      const table = view.label(s.table);
      const eqs: Equation[] = [];
      const [wholeCell, ...partCells] = cells;
      if (wholeCell) eqs.push({ at, what: `${s.whole.replace('年初预算为', '合计')} = ${table}合计`, actual: whole, expected: wholeCell.q, related: [wholeCell.at] });
      s.parts.forEach((label, i) => {
        const shared = shareAfter(text, label);
        const amount = shared?.amount ?? amountAfter(text, label);
        const cell = partCells[i];
        if (amount && cell) eqs.push({ at, what: `${label} = ${table}合计行`, actual: amount, expected: cell.q, related: [cell.at] });
        const expected = shared && percentOf(shared.amount, whole);
        if (shared && expected) eqs.push({ at, what: `${label}占比 = ${label} ÷ 合计`, actual: shared.share, expected, unit: '%' });
      });
      return checkEquations(this, eqs);
    },
  };
}
