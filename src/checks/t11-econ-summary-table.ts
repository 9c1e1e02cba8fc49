import { grandTotal } from '../compute/sources.js';
import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget07 } from './view/econ-tables.js';
import { acrossRows, downColumns, notAboveAcrossRows, sameRow } from './view/table-equations.js';

const description = '支出经济分类汇总表：每行总计 = 各资金来源列之和；合计行 = 部门（单位）行 = 各行之和';

/** T11 (spec §5.1) on figures: each 07 row total = Σ its sources; Σ rows = TOT. */
export const t11Input: InputRule = {
  id: 'T11',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['economic-summary'],
  run(ctx) {
    const f = ctx.figures;
    const eqs: Equation[] = [
      ...f.econRows.map((r) => ({ at: tableAt(ctx, 'economic-summary', `${r.econ} ${r.econName}`, '总计'), what: '总计 = 各资金来源之和', expected: grandTotal(r.sources), actual: r.total })),
      { at: tableAt(ctx, 'economic-summary', '合计', '总计'), what: '合计 = 各行之和 = 收支总计', expected: f.total, actual: sum(f.econRows.map((r) => r.total)) },
    ];
    return checkEquations(this, eqs);
  },
};

/** T11 (spec §5.1) as printed. */
export const t11Document: DocumentRule = {
  id: 'T11',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['economic-summary'],
  run(view) {
    const b = view.read('economic-summary', budget07);
    if (!b || b.totalRow === undefined) return notRun('支出经济分类汇总表没有合计行');
    const eqs: Equation[] = [
      ...acrossRows(b.t, b.t.body, b.total, b.parts, '总计 = 各资金来源列之和'),
      ...(b.groupRow !== undefined ? sameRow(b.t, b.totalRow, b.groupRow, b.amounts, '合计行 = 部门（单位）行') : []),
      ...(b.parentRow !== undefined ? sameRow(b.t, b.totalRow, b.parentRow, b.amounts, '合计行 = 所属部门行') : []),
      ...downColumns(b.t, b.totalRow, b.rows.map((r) => r.row), b.amounts, '合计行 = 各行之和'),
      ...notAboveAcrossRows(b.t, b.t.body, b.appropriation, b.generalPublic, '其中：财政拨款不大于一般公共预算小计'),
    ];
    return checkEquations(this, eqs);
  },
};
