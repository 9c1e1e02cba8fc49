import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { functionTable } from './view/budget03.js';
import { pick } from './view/table-equations.js';

const PAIRS = [
  ['gov-fund-expenditure', '二、政府性基金预算拨款收入', '政府性基金'],
  ['state-capital-expenditure', '三、国有资本经营预算拨款收入', '国有资本经营预算'],
] as const;

/**
 * X11 (spec §5.2): 09 (10) is empty ⇔ 01 row 二 (三) is blank. Document layer only: on figures both
 * sides are the same sum.
 */
export const x11: DocumentRule = {
  id: 'X11',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '预算09（10）表无数据 ⇔ 预算01表“二、政府性基金预算拨款收入”（“三、国有资本经营预算拨款收入”）为空',
  run(view) {
    const b1 = view.read('income-expenditure', budget01);
    if (!b1) return notRun('文档中没有预算01表');
    const out: Diagnostic[] = [];
    let checked = 0;
    for (const [kind, label, word] of PAIRS) {
      const f = view.read(kind, functionTable);
      const income = pick(b1.t, b1.income(label), b1.incomeAmount);
      if (!f || !income) continue;
      checked++;
      // Zero-amount items print rows of blank cells: the table is still empty of money (spec §3.0 zero = blank).
      const empty = f.itemRows.length === 0 || (pick(f.t, f.totalRow, f.total)?.q.value.isZero() ?? false);
      const blank = income.q.value.isZero();
      if (empty !== blank)
        out.push(finding(this, f.t.at(f.totalRow ?? f.t.body[0] ?? 0, f.total), empty ? `${f.t.id}表无数据，但预算01表“${label}”为${income.q.value.toFixed(2)}万元` : `${f.t.id}表列有${word}支出，但预算01表“${label}”为空`, { related: [income.at] }));
    }
    return checked === 0 ? notRun('文档中没有预算09/10表') : out;
  },
};
