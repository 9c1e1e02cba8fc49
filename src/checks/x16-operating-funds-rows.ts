import { OPERATING_CLASSES } from '../compute/breakdown.js';
import { ZERO, sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, tableName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget06 } from './view/econ-tables.js';
import { operatingFundsTable } from './view/operating-funds-table.js';
import { amountAt, pick, sumAt } from './view/table-equations.js';

const description = '机构运转经费预算表各经济分类行 = 一般公共预算基本支出预算表302/309/310类各行（同一编码金额相同）；其合计 = 公用经费';

/** X16 (spec §5.2) on figures: 11表 rows by code = 06 公用 rows by code. */
export const x16Input: InputRule = {
  id: 'X16',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['operating-funds', 'general-public-basic-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const six = tableName(ctx.profile, 'general-public-basic-expenditure');
    const operating = new Map<string, ReturnType<typeof sum>>();
    for (const r of f.basicEconRows) if (OPERATING_CLASSES.has(r.econ.slice(0, 3))) operating.set(r.econ, (operating.get(r.econ) ?? ZERO).plus(r.total));
    const eleven = new Map<string, ReturnType<typeof sum>>();
    for (const u of f.operatingFundUnits) for (const r of u.rows) eleven.set(r.econ, (eleven.get(r.econ) ?? ZERO).plus(r.sources.generalPublic.plus(r.sources.carryGeneralPublic)));
    const codes = new Set([...operating.keys(), ...eleven.keys()]);
    const eqs: Equation[] = [...codes].map((code) => ({ at: tableAt(ctx, 'operating-funds', code, '一般公共预算资金小计'), what: `经济分类 ${code} = ${six}该编码公用经费`, expected: operating.get(code) ?? ZERO, actual: eleven.get(code) ?? ZERO }));
    return checkEquations(this, eqs);
  },
};

/** X16 (spec §5.2) as printed (E2024 only). */
export const x16Document: DocumentRule = {
  id: 'X16',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['operating-funds', 'general-public-basic-expenditure'],
  run(view) {
    const o = view.read('operating-funds', operatingFundsTable);
    const b6 = view.read('general-public-basic-expenditure', budget06);
    if (!o || !b6) return notRun('机构运转经费预算表或一般公共预算基本支出预算表缺少金额列');
    const gp = o.generalPublic;
    const sumBy = (rows: { row: number; econ: string }[], read: (r: number) => Quantity | undefined) => {
      const m = new Map<string, Quantity[]>();
      for (const r of rows) m.set(r.econ, [...(m.get(r.econ) ?? []), read(r.row) ?? { value: ZERO, radius: ZERO }]);
      return new Map([...m].map(([k, v]) => [k, total(v)]));
    };
    const six = sumBy(b6.rows.filter((r) => OPERATING_CLASSES.has(r.econ.slice(0, 3))), (r) => amountAt(b6.t, r, b6.operating));
    // 一般性转移支付 is 一般公共预算 money (compute, 01/02/06) but has its own 11表 column (spec §3.11 W).
    const gpOf = (r: number) => sumAt(o.t, r, [gp, o.transfer]);
    const eleven = sumBy(o.econRows, gpOf);
    const codes = [...new Set([...six.keys(), ...eleven.keys()])];
    const zero = { value: ZERO, radius: ZERO };
    const eqs: Equation[] = codes.map((code) => ({ at: { kind: 'table', key: o.t.key, table: o.t.id, row: code, column: o.t.columns[gp]?.label ?? '' }, what: `经济分类 ${code} = ${view.label('general-public-basic-expenditure')}该编码公用经费`, actual: eleven.get(code) ?? zero, expected: six.get(code) ?? zero }));
    const totalCell = o.totalRow === undefined ? undefined : gpOf(o.totalRow);
    const operating = pick(b6.t, b6.totalRow, b6.operating);
    if (totalCell && operating && o.totalRow !== undefined)
      eqs.push({ at: o.t.at(o.totalRow, gp), what: `${view.label('operating-funds')}合计 = ${view.label('general-public-basic-expenditure')}公用经费`, actual: totalCell, expected: operating.q, related: [operating.at] });
    return checkEquations(this, eqs);
  },
};
