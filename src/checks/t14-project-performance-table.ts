import { add } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { projectName, tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { projectPerformanceTable, type ProjectPerformanceTable } from './view/project-tables.js';
import { acrossRows, downColumns } from './view/table-equations.js';

const description = '项目绩效目标表：资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金；单位行 = 其项目之和；合计（部门）行 = 各单位行之和';

/** T14 (spec §5.1) on figures: each project's 资金总额 = 政府预算资金 + 专户 + 单位资金. */
export const t14Input: InputRule = {
  id: 'T14',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['project-performance'],
  run(ctx) {
    return checkEquations(
      this,
      ctx.figures.projects.map((p) => ({
        at: tableAt(ctx, 'project-performance', projectName(p.project), '资金总额'),
        what: '资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金',
        expected: add(add(p.governmentFunds, p.fiscalAccount), p.unitFunds),
        actual: p.total,
      })),
    );
  },
};

/** T14 (spec §5.1) as printed; the seeds' leading rows differ by edition, so aggregates are found by row key. */
export const t14Document: DocumentRule = {
  id: 'T14',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['project-performance'],
  run(view) {
    const p = view.read('project-performance', projectPerformanceTable);
    if (!p) return notRun('项目绩效目标表缺少资金列');
    return checkEquations(this, [
      ...acrossRows(p.t, p.rows.map((r) => r.row), p.total, [p.government, p.fiscal, p.unitFunds], '资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金'),
      ...aggregates(p),
    ]);
  },
};

/** A unit row sums the projects right below it; a row followed by other aggregates sums every project after it. */
function aggregates(p: ProjectPerformanceTable): Equation[] {
  return p.rows.flatMap((r, i) => {
    if (!r.aggregate) return [];
    const rest = p.rows.slice(i + 1);
    const nextAggregate = rest.findIndex((x) => x.aggregate);
    const own = (nextAggregate === -1 ? rest : rest.slice(0, nextAggregate)).filter((x) => !x.aggregate);
    if (own.length > 0) return downColumns(p.t, r.row, own.map((x) => x.row), p.amounts, `${r.label || '合计'}行 = 其下各项目之和`);
    return downColumns(p.t, r.row, rest.filter((x) => !x.aggregate).map((x) => x.row), p.amounts, `${r.label || '合计'}行 = 全部项目之和`);
  });
}
