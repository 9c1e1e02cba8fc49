import { checkEquations, type Equation } from './equations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { tableAt } from './locations.js';
import { budget06 } from './view/econ-tables.js';
import { amountAfter } from './view/narrative.js';
import { operatingFundsTable } from './view/operating-funds-table.js';
import { SECTION } from './view/sections.js';
import { pick, sumAt } from './view/table-equations.js';

const description = '说明十（一）机构运行（运转）经费 = 预算06表公用经费（E2024 另 = 机构运转经费预算表合计）';

/** N10 (spec §5.2, §2.9) on figures: OPF = G. */
export const n10Input: InputRule = {
  id: 'N10',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    return checkEquations(this, [{ at: tableAt('说明', '十（一）'), what: '机构运转经费 = 一般公共预算公用经费', expected: f.generalPublic.operating, actual: f.operatingFunds }]);
  },
};

/** N10 (spec §5.2) as printed. */
export const n10Document: DocumentRule = {
  id: 'N10',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const text = view.section(SECTION.operatingFunds);
    const said = text && amountAfter(text, '经费支出预算');
    const b6 = view.read('general-public-basic-expenditure', budget06);
    const operating = b6 && pick(b6.t, b6.totalRow, b6.operating);
    if (!said || !operating) return notRun('文档中没有说明十（一）的金额或预算06表');
    const at = { kind: 'narrative' as const, section: SECTION.operatingFunds };
    const eqs: Equation[] = [{ at, what: '机构运转经费 = 预算06表公用经费', actual: said, expected: operating.q, related: [operating.at] }];
    const o = view.read('operating-funds', operatingFundsTable);
    const gp = o && (o.t.column('一般公共预算资金', '小计') ?? o.total);
    const transfer = o?.t.column('一般性转移支付资金'); // 一般公共预算 money in its own 11表 column (see X16)
    const eleven = o && o.totalRow !== undefined ? sumAt(o.t, o.totalRow, transfer === undefined ? [gp] : [gp, transfer]) : undefined;
    if (o && eleven && o.totalRow !== undefined && gp !== undefined)
      eqs.push({ at, what: '机构运转经费 = 机构运转经费预算表合计', actual: said, expected: eleven, related: [o.t.at(o.totalRow, gp)] });
    return checkEquations(this, eqs);
  },
};
