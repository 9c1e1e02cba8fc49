import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget04, type Budget04 } from './view/budget04.js';
import { acrossRows, cellSum, downColumns, pick, unlabeledBlank } from './view/table-equations.js';

const description = '预算04表：每行合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算；本年支出 = 各“类”之和；本年收入 = （一）+（二）+（三）；收入合计 = 支出合计';

/** T09 (spec §5.1) on figures: the 类 split of the three 财政拨款 families adds up to their totals. */
export const t09Input: InputRule = {
  id: 'T09',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  run({ figures: f }) {
    const classes = [...f.byClass.values()];
    const s = f.sources;
    const at = (column: string) => tableAt('预算04', '一、本年支出', column);
    return checkEquations(this, [
      { at: at('一般公共预算小计'), what: '一般公共预算各“类”之和 = 一般公共预算（含结转）', expected: s.generalPublic.plus(s.carryGeneralPublic), actual: sum(classes.map((c) => c.generalPublic)) },
      { at: at('政府性基金'), what: '政府性基金各“类”之和 = 政府性基金（含结转）', expected: s.govFund.plus(s.carryGovFund), actual: sum(classes.map((c) => c.govFund)) },
      { at: at('国有资本经营预算'), what: '国有资本经营预算各“类”之和 = 国有资本经营预算（含结转）', expected: s.stateCapital.plus(s.carryStateCapital), actual: sum(classes.map((c) => c.stateCapital)) },
    ]);
  },
};

/** T09 (spec §5.1) as printed. */
export const t09Document: DocumentRule = {
  id: 'T09',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  run(view) {
    const b = view.read('appropriation-income-expenditure', budget04);
    if (!b) return notRun('文档中没有预算04表');
    const rightRows = b.t.body.filter((r) => b.t.text(r, b.expenditureItem).trim() !== '');
    const amounts = [b.total, b.generalPublic, b.appropriation, b.govFund, b.stateCapital];
    const spending = b.expenditure('一、本年支出');
    const eqs: Equation[] = [
      ...acrossRows(b.t, rightRows, b.total, [b.generalPublic, b.govFund, b.stateCapital], '合计 = 一般公共预算小计 + 政府性基金 + 国有资本经营预算'),
      ...(spending !== undefined ? downColumns(b.t, spending, b.classRows.map((c) => c.row), amounts, '本年支出 = 各“类”之和') : []),
      ...leftSide(b),
      ...rightSide(b, rightRows, amounts),
      ...unlabeledBlank(b.t, b.incomeItem, b.incomeAmount),
    ];
    return checkEquations(this, eqs);
  },
};

/** 一、本年收入 and 二、上年结转 = their (一)(二)(三); 其中 ≤ (一); 收入合计 = 本年收入 + 上年结转 = 支出合计. */
function leftSide(b: Budget04): Equation[] {
  const at = (row: number | undefined) => pick(b.t, row, b.incomeAmount);
  const current = b.income('一、本年收入')[0];
  const carry = b.income('二、上年结转')[0];
  const within = (r: number, from: number | undefined, to: number | undefined) => from !== undefined && r > from && (to === undefined || from >= to || r < to);
  const part = (label: string, from: number | undefined, to: number | undefined) => b.income(label).find((r) => within(r, from, to));
  const block = (head: number | undefined, to: number | undefined, name: string): Equation[] => {
    const headCell = at(head);
    const parts = ['（一）一般公共预算拨款', '（二）政府性基金预算拨款', '（三）国有资本经营预算拨款'].map((l) => at(part(l, head, to)));
    return headCell && parts.every((p) => p) ? [cellSum(`${name} = （一）+（二）+（三）`, headCell, parts.map((p) => p!))] : [];
  };
  const eqs: Equation[] = [...block(current, carry, '一、本年收入'), ...block(carry, undefined, '二、上年结转')];
  const of = at(part('其中：财政拨款', current, carry));
  const gp = at(part('（一）一般公共预算拨款', current, carry));
  if (of && gp) eqs.push({ at: of.at, what: '其中：财政拨款不大于（一）一般公共预算拨款', actual: of.q, expected: gp.q, relation: 'le' });
  const totalIn = at(b.income('收入合计')[0]);
  const currentCell = at(current);
  const carryCell = at(carry);
  if (totalIn && currentCell && carryCell) eqs.push(cellSum('收入合计 = 本年收入 + 上年结转', totalIn, [currentCell, carryCell]));
  const totalOut = pick(b.t, b.expenditure('支出合计'), b.total);
  if (totalIn && totalOut) eqs.push(cellSum('支出合计 = 收入合计', totalOut, [totalIn]));
  return eqs;
}

/** 支出合计 = 一、本年支出 + 二、年终结转结余 in every column; 其中：财政拨款 ≤ 一般公共预算小计 on every row. */
function rightSide(b: Budget04, rows: readonly number[], amounts: readonly number[]): Equation[] {
  const out = b.expenditure('支出合计');
  const spent = b.expenditure('一、本年支出');
  const yearEnd = b.expenditure('二、年终结转结余');
  const eqs: Equation[] = out !== undefined && spent !== undefined && yearEnd !== undefined ? downColumns(b.t, out, [spent, yearEnd], amounts, '支出合计 = 本年支出 + 年终结转结余') : [];
  for (const r of rows) {
    const part = pick(b.t, r, b.appropriation);
    const whole = pick(b.t, r, b.generalPublic);
    if (part && whole) eqs.push({ at: part.at, what: '其中：财政拨款不大于一般公共预算小计', actual: part.q, expected: whole.q, relation: 'le' });
  }
  return eqs;
}
