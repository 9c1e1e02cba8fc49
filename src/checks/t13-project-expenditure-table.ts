import { grandTotal } from '../compute/sources.js';
import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { projectName, tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { projectExpenditureTable } from './view/project-tables.js';
import { acrossRows, downColumns, sameRow } from './view/table-equations.js';

const description = '项目支出预算表：每行合计 = 各资金来源列之和；合计行 = 部门行 = 各项目行之和';

/** T13 (spec §5.1) on figures: each project's total = Σ its sources; Σ projects = 项目支出. */
export const t13Input: InputRule = {
  id: 'T13',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['project-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const eqs: Equation[] = [
      ...f.projects.map((p) => ({ at: tableAt(ctx, 'project-expenditure', projectName(p.project), '合计'), what: '合计 = 各资金来源之和', expected: grandTotal(p.sources), actual: p.total })),
      { at: tableAt(ctx, 'project-expenditure', '合计', '合计'), what: '各项目之和 = 项目支出', expected: f.expenditure.project, actual: sum(f.projects.map((p) => p.total)) },
    ];
    return checkEquations(this, eqs);
  },
};

/** T13 (spec §5.1) as printed. */
export const t13Document: DocumentRule = {
  id: 'T13',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['project-expenditure'],
  run(view) {
    const p = view.read('project-expenditure', projectExpenditureTable);
    if (!p || p.totalRow === undefined) return notRun('项目支出预算表没有合计行');
    return checkEquations(this, [
      ...acrossRows(p.t, p.t.body, p.total, p.parts, '合计 = 各资金来源列之和'),
      ...(p.groupRow !== undefined ? sameRow(p.t, p.totalRow, p.groupRow, p.amounts, '合计行 = 部门行') : []),
      ...(p.parentRow !== undefined ? sameRow(p.t, p.totalRow, p.parentRow, p.amounts, '合计行 = 所属部门行') : []),
      ...downColumns(p.t, p.totalRow, p.projects.map((r) => r.row), p.amounts, '合计行 = 各项目行之和'),
    ]);
  },
};
