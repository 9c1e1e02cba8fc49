import { ZERO, sum } from '../model/money.js';
import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { budget06 } from './view/econ-tables.js';
import { amountAt, pick } from './view/table-equations.js';

const description = '预算06表按类汇总 = 05表基本支出各列：301类 = 工资福利支出，303类 = 对个人和家庭的补助，302类 = 商品和服务支出，309/310类 = 资本性支出';
const CLASSES: readonly [readonly string[], 'wages' | 'personalFamily' | 'goodsServices' | 'capital', string][] = [
  [['301'], 'wages', '工资福利支出'],
  [['303'], 'personalFamily', '对个人和家庭的补助'],
  [['302'], 'goodsServices', '商品和服务支出'],
  [['309', '310'], 'capital', '资本性支出'],
];

/** X08 (spec §5.2) on figures. */
export const x08Input: InputRule = {
  id: 'X08',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const b = f.func.generalPublic.total;
    const eqs = CLASSES.map(([classes, key, label]) => ({
      at: tableAt('预算05', '合计', label),
      what: `预算06表${classes.join('/')}类之和 = 预算05表${label}`,
      expected: sum(f.basicEconRows.filter((r) => classes.includes(r.econ.slice(0, 3))).map((r) => r.total)),
      actual: b[key],
    }));
    return checkEquations(this, eqs);
  },
};

/** X08 (spec §5.2) as printed. */
export const x08Document: DocumentRule = {
  id: 'X08',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const f5 = view.read('general-public-expenditure', functionTable);
    const b6 = view.read('general-public-basic-expenditure', budget06);
    if (!f5 || !b6 || f5.totalRow === undefined) return notRun('文档中没有预算05表或预算06表');
    const eqs = CLASSES.flatMap(([classes, key, label]): Equation[] => {
      const five = pick(f5.t, f5.totalRow, f5[key]);
      const parts = b6.rows.filter((r) => classes.includes(r.econ.slice(0, 3))).map((r) => amountAt(b6.t, r.row, b6.total));
      if (!five || parts.some((p) => !p)) return [];
      const expected = parts.length === 0 ? { value: ZERO, radius: ZERO } : total(parts as Quantity[]);
      return [{ at: five.at, what: `预算05表${label} = 预算06表${classes.join('/')}类之和`, actual: five.q, expected }];
    });
    return checkEquations(this, eqs);
  },
};
