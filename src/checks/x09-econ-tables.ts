import { ZERO, sum } from '../model/money.js';
import { difference, total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { budget06, budget07 } from './view/econ-tables.js';
import { amountAt, pick } from './view/table-equations.js';

const description = '预算07表包含06表：06表每个（部门经济，政府经济）行都在07表中且金额不小于06表；07表合计 − 06表合计 = 03表合计 − 05表基本支出小计';

/** X09 (spec §5.2) on figures: every 06 pair is a 07 pair with at least its amount. */
export const x09Input: InputRule = {
  id: 'X09',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const seven = new Map(f.econRows.map((r) => [`${r.econ}/${r.govEcon}`, r.total]));
    const eqs: Equation[] = f.basicEconRows.map((r) => ({
      at: tableAt('预算07', `${r.econ} ${r.govEcon}`, '总计'),
      what: `预算06表行 ${r.econ}/${r.govEcon} 不大于预算07表对应行`,
      actual: r.total,
      expected: seven.get(`${r.econ}/${r.govEcon}`) ?? ZERO,
      relation: 'le',
    }));
    eqs.push({ at: tableAt('预算07', '合计', '总计'), what: '预算07表合计 − 06表合计 = 03表合计 − 05表基本支出小计', expected: f.expenditure.total.minus(f.generalPublic.basic), actual: sum(f.econRows.map((r) => r.total)).minus(sum(f.basicEconRows.map((r) => r.total))) });
    return checkEquations(this, eqs);
  },
};

/** X09 (spec §5.2) as printed. */
export const x09Document: DocumentRule = {
  id: 'X09',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b6 = view.read('general-public-basic-expenditure', budget06);
    const b7 = view.read('economic-summary', budget07);
    if (!b6 || !b7) return notRun('文档中没有预算06表或预算07表');
    const seven = new Map<string, Quantity>();
    for (const r of b7.rows) {
      const q = amountAt(b7.t, r.row, b7.total);
      if (q) seven.set(`${r.econ}/${r.govEcon}`, seven.has(`${r.econ}/${r.govEcon}`) ? total([seven.get(`${r.econ}/${r.govEcon}`) as Quantity, q]) : q);
    }
    const eqs = b6.rows.flatMap((r): Equation[] => {
      const actual = amountAt(b6.t, r.row, b6.total);
      return actual ? [{ at: b6.t.at(r.row, b6.total), what: `预算06表行 ${r.econ}/${r.govEcon} 不大于预算07表对应行`, actual, expected: seven.get(`${r.econ}/${r.govEcon}`) ?? { value: ZERO, radius: ZERO }, relation: 'le' }] : [];
    });
    eqs.push(...difference07(view, b6, b7));
    return checkEquations(this, eqs);
  },
};

function difference07(view: Parameters<DocumentRule['run']>[0], b6: NonNullable<ReturnType<typeof budget06>>, b7: NonNullable<ReturnType<typeof budget07>>): Equation[] {
  const f3 = view.read('expenditure', functionTable);
  const f5 = view.read('general-public-expenditure', functionTable);
  const seven = pick(b7.t, b7.totalRow, b7.total);
  const six = pick(b6.t, b6.totalRow, b6.total);
  const three = f3 && pick(f3.t, f3.totalRow, f3.total);
  const fiveBasic = f5 && pick(f5.t, f5.totalRow, f5.basic);
  if (!seven || !six || !three || !fiveBasic) return [];
  return [{ at: seven.at, what: '预算07表合计 − 06表合计 = 03表合计 − 05表基本支出小计', actual: difference(seven.q, six.q), expected: difference(three.q, fiveBasic.q), related: [six.at, three.at, fiveBasic.at] }];
}
