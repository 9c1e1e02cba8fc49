import { sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, tableName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { projectExpenditureTable } from './view/project-tables.js';
import { amountAt, pick } from './view/table-equations.js';

const description = '项目支出预算表合计 = 支出预算表项目支出小计；其他运转类项目之和 = 支出预算表其他运转类；特定目标类项目之和 = 支出预算表特定目标类';

/** X12 (spec §5.2) on figures. */
export const x12Input: InputRule = {
  id: 'X12',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['expenditure', 'project-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const b = f.func.all.total;
    const three = tableName(ctx.profile, 'expenditure');
    const of = (type: string) => sum(f.projects.filter((p) => p.project.type === type).map((p) => p.total));
    return checkEquations(this, [
      { at: tableAt(ctx, 'expenditure', '合计', '其他运转类'), what: `其他运转类项目之和 = ${three}其他运转类`, expected: of('其他运转类'), actual: b.projectOperating },
      { at: tableAt(ctx, 'expenditure', '合计', '特定目标类'), what: `特定目标类项目之和 = ${three}特定目标类`, expected: of('特定目标类'), actual: b.projectSpecific },
    ]);
  },
};

/** X12 (spec §5.2) as printed. */
export const x12Document: DocumentRule = {
  id: 'X12',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['expenditure', 'project-expenditure'],
  run(view) {
    const f3 = view.read('expenditure', functionTable);
    const p = view.read('project-expenditure', projectExpenditureTable);
    if (!f3 || !p || f3.totalRow === undefined) return notRun('支出预算表没有合计行或项目支出预算表缺少金额列');
    const totalRow = f3.totalRow;
    const byType = (type: string) => {
      const parts = p.projects.filter((r) => r.type === type).map((r) => amountAt(p.t, r.row, p.total));
      return parts.some((q) => !q) ? undefined : total(parts as Quantity[]);
    };
    const checks: [string, number | undefined, Quantity | undefined][] = [
      [`${view.label('project-expenditure')}合计`, f3.project, p.totalRow === undefined ? undefined : amountAt(p.t, p.totalRow, p.total)],
      ['其他运转类项目之和', f3.projectOperating, byType('其他运转类')],
      ['特定目标类项目之和', f3.projectSpecific, byType('特定目标类')],
    ];
    const eqs = checks.flatMap(([what, col, side]): Equation[] => {
      const three = pick(f3.t, totalRow, col);
      return three && side ? [{ at: three.at, what: `${view.label('expenditure')}${f3.t.columns[col as number]?.label ?? ''} = ${what}`, actual: three.q, expected: side }] : [];
    });
    return checkEquations(this, eqs);
  },
};
