import { fiscalAccountFunds, governmentFunds, unitFunds } from '../compute/sources.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { overallBudget } from './view/overall-table.js';
import { cellSum } from './view/table-equations.js';

const description = '整体绩效目标表：部门预算总额 = 政府预算资金 + 财政专户管理资金 + 单位资金 = 基本支出 + 项目支出';

/** T15 (spec §5.1) on figures. */
export const t15Input: InputRule = {
  id: 'T15',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['overall-performance'],
  run(ctx) {
    const f = ctx.figures;
    const s = f.sources;
    const at = tableAt(ctx, 'overall-performance', '部门预算总额（万元）', '指标值');
    return checkEquations(this, [
      { at, what: '部门预算总额 = 政府预算资金 + 财政专户管理资金 + 单位资金', expected: governmentFunds(s).plus(fiscalAccountFunds(s)).plus(unitFunds(s)), actual: f.total },
      { at, what: '部门预算总额 = 基本支出 + 项目支出', expected: f.expenditure.basic.plus(f.expenditure.project), actual: f.total },
    ]);
  },
};

/** T15 (spec §5.1) as printed; rounding-aware, so 002's one-decimal `107.5 + 41.1` vs `148.5` is P03's finding. */
export const t15Document: DocumentRule = {
  id: 'T15',
  layer: 'document',
  severity: 'error',
  tolerance: 'rounded',
  description,
  tables: ['overall-performance'],
  run(view) {
    const b = view.read('overall-performance', overallBudget);
    if (!b) return notRun('文档中没有整体绩效目标表');
    if (!b.total) return notRun('整体绩效目标表没有“部门预算总额”');
    const eqs: Equation[] = [];
    if (b.government && b.fiscal && b.unitFunds) eqs.push(cellSum('部门预算总额 = 政府预算资金 + 财政专户管理资金 + 单位资金', b.total, [b.government, b.fiscal, b.unitFunds]));
    if (b.basic && b.project) eqs.push(cellSum('部门预算总额 = 基本支出 + 项目支出', b.total, [b.basic, b.project]));
    if (eqs.length === 0) return notRun('整体绩效目标表缺少资金来源或资金结构');
    return checkEquations(this, eqs);
  },
};
