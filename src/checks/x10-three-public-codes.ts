import { ZERO, sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget07 } from './view/econ-tables.js';
import { amountAt, columnsOf } from './view/table-equations.js';

const description = '预算08表各项 = 07表一般公共预算中对应经济分类（30212因公出国、31013公务用车购置、30231公务用车运行维护、30217公务接待）';
const CODES: readonly ['abroad' | 'vehiclePurchase' | 'vehicleOps' | 'reception', string, string[]][] = [
  ['abroad', '30212', ['因公出国（境）费']],
  ['vehiclePurchase', '31013', ['公务用车购置费']],
  ['vehicleOps', '30231', ['公务用车运行费']],
  ['reception', '30217', ['公务接待费']],
];

/** X10 (spec §5.2, §6.5) on figures: each 三公 item = the 一般公共预算 part of its code's 07 rows. */
export const x10Input: InputRule = {
  id: 'X10',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const eqs = CODES.map(([key, code, [label]]) => ({
      at: tableAt('预算08', undefined, label),
      what: `${label} = 预算07表 ${code} 的一般公共预算`,
      expected: sum(f.econRows.filter((r) => r.econ === code).map((r) => r.sources.generalPublic.plus(r.sources.carryGeneralPublic))),
      actual: f.threePublic[key],
    }));
    return checkEquations(this, eqs);
  },
};

/** X10 (spec §5.2) as printed: 08 cells (blank when the table is empty) against 07 column H. */
export const x10Document: DocumentRule = {
  id: 'X10',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const t8 = view.table('three-public-costs');
    const b7 = view.read('economic-summary', budget07);
    const cols = t8 && columnsOf(t8, ...CODES.map(([, , s]) => s));
    if (!t8 || !b7 || !cols) return notRun('文档中没有预算07表或预算08表');
    const row = t8.body[0];
    const eqs = CODES.flatMap(([, code, [label]], k): Equation[] => {
      const parts = b7.rows.filter((r) => r.econ === code).map((r) => amountAt(b7.t, r.row, b7.generalPublic));
      if (parts.some((p) => !p)) return [];
      const expected = parts.length === 0 ? { value: ZERO, radius: ZERO } : total(parts as Quantity[]);
      const actual = row === undefined ? { value: ZERO, radius: ZERO } : amountAt(t8, row, cols[k]);
      const at = row === undefined ? tableAt(t8.id, undefined, label) : t8.at(row, cols[k] as number);
      return actual ? [{ at, what: `${label} = 预算07表 ${code} 的一般公共预算`, actual, expected }] : [];
    });
    return checkEquations(this, eqs);
  },
};
