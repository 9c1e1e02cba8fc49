import type { BudgetFigures } from '../compute/figures.js';
import { ZERO, sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, tableName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { functionTable } from './view/budget03.js';
import { budget04 } from './view/budget04.js';
import type { DocumentView, TableKind } from './view/document-view.js';
import { amountAt } from './view/table-equations.js';

const description = '财政拨款收支预算表各“类” ≤ 收支预算表对应“类”（只含财政拨款）；其一般公共预算、政府性基金、国有资本经营预算 = 对应支出预算表该类之和';

/** X05 (spec §5.2) on figures: 04's per-类 family amounts = Σ of 05/09/10 项 rows under the 类. */
export const x05Input: InputRule = {
  id: 'X05',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['appropriation-income-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const one = tableName(ctx.profile, 'income-expenditure');
    const families: [keyof BudgetFigures['func'] & ('generalPublic' | 'govFund' | 'stateCapital'), string][] = [
      ['generalPublic', '一般公共预算'],
      ['govFund', '政府性基金'],
      ['stateCapital', '国有资本经营预算'],
    ];
    const eqs = [...f.byClass.entries()].flatMap(([code, c]): Equation[] => [
      ...families.map(([family, label]) => ({
        at: tableAt(ctx, 'appropriation-income-expenditure', code, label),
        what: `“类”${code}的${label} = 对应支出表该类各“项”之和`,
        expected: sum(f.func[family].rows.filter((r) => r.code.startsWith(code)).map((r) => r.breakdown.total)),
        actual: c[family],
      })),
      { at: tableAt(ctx, 'appropriation-income-expenditure', code, '合计'), what: `“类”${code}的财政拨款合计不大于${one}该类`, expected: c.all, actual: c.generalPublic.plus(c.govFund).plus(c.stateCapital), relation: 'le' },
    ]);
    return checkEquations(this, eqs);
  },
};

/** X05 (spec §5.2) as printed. */
export const x05Document: DocumentRule = {
  id: 'X05',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['appropriation-income-expenditure'],
  run(view) {
    const b4 = view.read('appropriation-income-expenditure', budget04);
    if (!b4) return notRun('财政拨款收支预算表缺少收支列');
    const b1 = view.read('income-expenditure', budget01);
    const one = new Map(b1 ? b1.classRows.map((c) => [c.code, b1.t.amount(c.row, b1.expenditureAmount)]) : []);
    const eqs = b4.classRows.flatMap(({ row, code }): Equation[] => {
      if (code === undefined) return [];
      const out: Equation[] = [];
      const d = amountAt(b4.t, row, b4.total);
      const limit = one.get(code);
      if (d && limit) out.push({ at: b4.t.at(row, b4.total), what: `${view.label('appropriation-income-expenditure')}“类”${code}不大于${view.label('income-expenditure')}该类`, actual: d, expected: limit, relation: 'le' });
      for (const [col, kind] of [[b4.generalPublic, 'general-public-expenditure'], [b4.govFund, 'gov-fund-expenditure'], [b4.stateCapital, 'state-capital-expenditure']] as const) {
        const actual = amountAt(b4.t, row, col);
        const expected = classSum(view, kind, code);
        if (actual && expected) out.push({ at: b4.t.at(row, col), what: `${view.label('appropriation-income-expenditure')}“类”${code} = ${view.label(kind)}该类各“项”之和`, actual, expected });
      }
      return out;
    });
    return checkEquations(this, eqs);
  },
};

/** Σ of a 功能 table's 项 rows under one 类 (0 when the table has none), or undefined without the table. */
function classSum(view: DocumentView, kind: TableKind, code: string): Quantity | undefined {
  const f = view.read(kind, functionTable);
  if (!f) return undefined;
  const parts = f.itemRows.filter((i) => i.code.startsWith(code)).map((i) => amountAt(f.t, i.row, f.total));
  if (parts.some((p) => !p)) return undefined;
  return parts.length === 0 ? { value: ZERO, radius: ZERO } : total(parts as Quantity[]);
}
