import { checkEquations } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { budget06 } from './view/econ-tables.js';
import { cellSum, pick, type PrintedCell } from './view/table-equations.js';

const description = '预算06表合计 = 05表基本支出小计；人员经费 = 05表工资福利 + 对个人和家庭；公用经费 = 05表商品和服务 + 资本性';

/** X07 (spec §5.2) on figures: 06 totals (R, G) against the 05 basic columns. */
export const x07Input: InputRule = {
  id: 'X07',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const b = f.func.generalPublic.total;
    const gp = f.generalPublic;
    const at = (column: string) => tableAt('预算06', '合计', column);
    return checkEquations(this, [
      { at: at('合计'), what: '预算06表合计 = 预算05表基本支出小计', expected: b.basic, actual: gp.basic },
      { at: at('人员经费'), what: '人员经费 = 预算05表工资福利支出 + 对个人和家庭的补助', expected: b.wages.plus(b.personalFamily), actual: gp.personnel },
      { at: at('公用经费'), what: '公用经费 = 预算05表商品和服务支出 + 资本性支出', expected: b.goodsServices.plus(b.capital), actual: gp.operating },
    ]);
  },
};

/** X07 (spec §5.2) as printed. */
export const x07Document: DocumentRule = {
  id: 'X07',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const f5 = view.read('general-public-expenditure', functionTable);
    const b6 = view.read('general-public-basic-expenditure', budget06);
    if (!f5 || !b6 || f5.totalRow === undefined || b6.totalRow === undefined) return notRun('文档中没有预算05表或预算06表的合计行');
    const five = (col: number) => pick(f5.t, f5.totalRow, col);
    const six = (col: number) => pick(b6.t, b6.totalRow, col);
    const checks: [string, PrintedCell | undefined, (PrintedCell | undefined)[]][] = [
      ['预算06表合计 = 预算05表基本支出小计', six(b6.total), [five(f5.basic)]],
      ['人员经费 = 预算05表工资福利支出 + 对个人和家庭的补助', six(b6.personnel), [five(f5.wages), five(f5.personalFamily)]],
      ['公用经费 = 预算05表商品和服务支出 + 资本性支出', six(b6.operating), [five(f5.goodsServices), five(f5.capital)]],
    ];
    const eqs = checks.flatMap(([what, actual, parts]) => (actual && parts.every((p) => p) ? [cellSum(what, actual, parts as PrintedCell[])] : []));
    return checkEquations(this, eqs);
  },
};
