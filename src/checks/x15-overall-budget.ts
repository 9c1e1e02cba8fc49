import { checkEquations, type Equation } from './equations.js';
import { notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { budget02 } from './view/budget02.js';
import { functionTable } from './view/budget03.js';
import { overallBudget } from './view/overall-table.js';
import { pick, type PrintedCell } from './view/table-equations.js';
import { total } from './compare.js';

/**
 * X15 (spec §5.2): the 整体绩效 预算情况 = (TOT from 01, the sources from 02, B and P from 03). Rounding-aware:
 * a one-decimal value (002's `148.5`) agrees within its half unit; P03 reports the format itself.
 * Document layer only: on figures both sides are the same numbers.
 */
export const x15: DocumentRule = {
  id: 'X15',
  layer: 'document',
  severity: 'error',
  tolerance: 'rounded',
  description: '整体绩效目标表预算情况 = 收支总计（01表）、资金来源（02表）、基本支出和项目支出（03表）',
  run(view) {
    const t = view.table('overall-performance');
    if (!t) return notRun('文档中没有整体绩效目标表');
    const b = overallBudget(t);
    const b1 = view.read('income-expenditure', budget01);
    const b2 = view.read('income', budget02);
    const f3 = view.read('expenditure', functionTable);
    const two = (...cols: (string[] | undefined)[]): PrintedCell[] | undefined => {
      if (!b2) return undefined;
      const cells = cols.map((c) => (c ? pick(b2.t, b2.totalRow, b2.t.column(...c)) : undefined));
      return cells.every((c) => c) ? (cells as PrintedCell[]) : undefined;
    };
    const pairs: [string, PrintedCell | undefined, PrintedCell[] | undefined][] = [
      ['部门预算总额 = 预算01表收入总计', b.total, b1 ? [pick(b1.t, b1.income('收入总计'), b1.incomeAmount)].filter((c): c is PrintedCell => !!c) : undefined],
      ['政府预算资金 = 预算02表一般公共预算、政府性基金、国有资本经营预算（含结转）', b.government, two(['一般公共预算', '小计'], ['本年收入', '政府性基金'], ['本年收入', '国有资本经营预算'], ['上年结转结余', '一般公共预算'], ['上年结转结余', '政府性基金'], ['上年结转结余', '国有资本经营预算'])],
      ['财政专户管理资金 = 预算02表财政专户管理资金（含结转）', b.fiscal, two(['本年收入', '财政专户管理资金收入'], ['上年结转结余', '财政专户管理资金'])],
      ['单位资金 = 预算02表单位资金各列（含结转）', b.unitFunds, two(['事业收入'], ['事业单位经营收入'], ['上级补助收入'], ['附属单位上缴收入'], ['其他收入'], ['上年结转结余', '单位资金'])],
      ['基本支出 = 预算03表基本支出小计', b.basic, f3 ? [pick(f3.t, f3.totalRow, f3.basic)].filter((c): c is PrintedCell => !!c) : undefined],
      ['项目支出 = 预算03表项目支出小计', b.project, f3 ? [pick(f3.t, f3.totalRow, f3.project)].filter((c): c is PrintedCell => !!c) : undefined],
    ];
    const eqs = pairs.flatMap(([what, cell, parts]): Equation[] =>
      cell && parts && parts.length > 0 ? [{ at: cell.at, what, actual: cell.q, expected: total(parts.map((p) => p.q)), related: parts.map((p) => p.at) }] : [],
    );
    if (eqs.length === 0) return notRun('整体绩效目标表没有可核对的预算情况');
    return checkEquations(this, eqs);
  },
};
