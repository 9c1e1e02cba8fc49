import type { Diagnostic } from '../model/diagnostic.js';
import { finding, notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { functionTable } from './view/budget03.js';
import { pick } from './view/table-equations.js';

/** The 功能分类 table of a fund, the 01 income row (key, printed wording) of the same fund. */
const PAIRS = [
  ['gov-fund-expenditure', 'gov-fund', '二、政府性基金预算拨款收入', '政府性基金'],
  ['state-capital-expenditure', 'state-capital', '三、国有资本经营预算拨款收入', '国有资本经营预算'],
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
  description: '政府性基金（国有资本经营）支出预算表无数据 ⇔ 收支预算表“二、政府性基金预算拨款收入”（“三、国有资本经营预算拨款收入”）为空',
  tables: ['income-expenditure'],
  anyTables: ['gov-fund-expenditure', 'state-capital-expenditure'],
  run(view) {
    const b1 = view.read('income-expenditure', budget01);
    if (!b1) return notRun('收支预算表缺少收支列');
    const one = view.label('income-expenditure');
    const out: Diagnostic[] = [];
    let checked = 0;
    for (const [kind, row, label, word] of PAIRS) {
      const f = view.read(kind, functionTable);
      const income = pick(b1.t, b1.income(row), b1.incomeAmount);
      if (!f || !income) continue;
      checked++;
      // Zero-amount items print rows of blank cells: the table is still empty of money (spec §3.0 zero = blank).
      const empty = f.itemRows.length === 0 || (pick(f.t, f.totalRow, f.total)?.q.value.isZero() ?? false);
      const blank = income.q.value.isZero();
      if (empty !== blank)
        out.push(finding(this, f.t.at(f.totalRow ?? f.t.body[0] ?? 0, f.total), empty ? `${f.t.table.label}无数据，但${one}“${label}”为${income.q.value.toFixed(2)}万元` : `${f.t.table.label}列有${word}支出，但${one}“${label}”为空`, { related: [income.at] }));
    }
    return checked === 0 ? notRun('政府性基金、国有资本经营支出预算表或收支预算表的金额无法读取') : out;
  },
};
