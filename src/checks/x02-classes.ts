import { ZERO, sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, tableName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { functionTable } from './view/budget03.js';
import { amountAt } from './view/table-equations.js';

const description = '收支预算表每个“类” = 支出预算表以该类开头的各“项”之和';

/** X02 (spec §5.2) on figures: each 类 amount = Σ of the 03 项 rows under it. */
export const x02Input: InputRule = {
  id: 'X02',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure', 'expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const three = tableName(ctx.profile, 'expenditure');
    const codes = new Set([...f.byClass.keys(), ...f.func.all.rows.map((r) => r.code.slice(0, 3))]);
    const eqs = [...codes].map((code) => ({
      at: tableAt(ctx, 'income-expenditure', code, '支出金额'),
      what: `“类”${code} = ${three}该类各“项”之和`,
      expected: sum(f.func.all.rows.filter((r) => r.code.startsWith(code)).map((r) => r.breakdown.total)),
      actual: f.byClass.get(code)?.all ?? ZERO,
    }));
    return checkEquations(this, eqs);
  },
};

/** X02 (spec §5.2) as printed; a 项 whose 类 has no 01 row is reported too. */
export const x02Document: DocumentRule = {
  id: 'X02',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income-expenditure', 'expenditure'],
  run(view) {
    const b1 = view.read('income-expenditure', budget01);
    const f3 = view.read('expenditure', functionTable);
    if (!b1 || !f3) return notRun('收支预算表或支出预算表缺少金额列');
    const [one, three] = [view.label('income-expenditure'), view.label('expenditure')];
    const eqs = b1.classRows.flatMap(({ row, code }): Equation[] => {
      const actual = b1.t.amount(row, b1.expenditureAmount);
      const parts = f3.itemRows.filter((i) => i.code.startsWith(code)).map((i) => amountAt(f3.t, i.row, f3.total));
      if (!actual || parts.some((p) => !p)) return [];
      return [{ at: b1.t.at(row, b1.expenditureAmount), what: `${one}“类”${code} = ${three}该类各“项”之和`, actual, expected: total(parts as Quantity[]) }];
    });
    const known = new Set(b1.classRows.map((c) => c.code));
    const orphans = f3.itemRows.filter((i) => !known.has(i.code.slice(0, 3)));
    const orphanEqs = orphans.flatMap((i): Equation[] => {
      const q = amountAt(f3.t, i.row, f3.total);
      return q && !q.value.isZero() ? [{ at: f3.t.at(i.row, f3.total), what: `${three}“项”${i.code}所属的“类”在${one}中没有对应行`, actual: q, expected: ZERO }] : [];
    });
    return checkEquations(this, [...eqs, ...orphanEqs]);
  },
};
