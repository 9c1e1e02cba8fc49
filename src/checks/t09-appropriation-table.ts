import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget04, type Budget04 } from './view/budget04.js';
import { acrossRows, cellSum, downColumns, notAboveAcrossRows, pick, unlabeledBlank } from './view/table-equations.js';

const description = '财政拨款收支预算表：每行合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算；本年支出 = 各“类”之和；本年收入 = （一）+（二）+（三）；收入合计 = 支出合计';

/** T09 (spec §5.1) on figures: the 类 split of the three 财政拨款 families adds up to their totals. */
export const t09Input: InputRule = {
  id: 'T09',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['appropriation-income-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const classes = [...f.byClass.values()];
    const s = f.sources;
    const at = (column: string) => tableAt(ctx, 'appropriation-income-expenditure', '一、本年支出', column);
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
  tables: ['appropriation-income-expenditure'],
  run(view) {
    const b = view.read('appropriation-income-expenditure', budget04);
    if (!b) return notRun('财政拨款收支预算表缺少收支列');
    const rightRows = b.t.body.filter((r) => b.t.text(r, b.expenditureItem).trim() !== '');
    const amounts = [b.total, b.generalPublic, b.appropriation, b.govFund, b.stateCapital];
    const spending = b.expenditure('expenditure');
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

/** The left half's rows under 一、本年收入 and 二、上年结转, by row key. */
const CURRENT_PARTS = ['general-public', 'gov-fund', 'state-capital'];
const CARRY_PARTS = ['carry-general-public', 'carry-gov-fund', 'carry-state-capital'];

/** 一、本年收入 and 二、上年结转 = their (一)(二)(三); 其中 ≤ (一); 收入合计 = 本年收入 + 上年结转 = 支出合计. */
function leftSide(b: Budget04): Equation[] {
  const at = (row: number | undefined) => pick(b.t, row, b.incomeAmount);
  const block = (head: string, parts: readonly string[], name: string): Equation[] => {
    const headCell = at(b.income(head));
    const cells = parts.map((key) => at(b.income(key)));
    return headCell && cells.every((p) => p) ? [cellSum(`${name} = （一）+（二）+（三）`, headCell, cells.map((p) => p!))] : [];
  };
  const eqs: Equation[] = [...block('current', CURRENT_PARTS, '一、本年收入'), ...block('carry', CARRY_PARTS, '二、上年结转')];
  const of = at(b.income('general-public-appropriation'));
  const gp = at(b.income('general-public'));
  if (of && gp) eqs.push({ at: of.at, what: '其中：财政拨款不大于（一）一般公共预算拨款', actual: of.q, expected: gp.q, relation: 'le' });
  const totalIn = at(b.income('income-total'));
  const currentCell = at(b.income('current'));
  const carryCell = at(b.income('carry'));
  if (totalIn && currentCell && carryCell) eqs.push(cellSum('收入合计 = 本年收入 + 上年结转', totalIn, [currentCell, carryCell]));
  const totalOut = pick(b.t, b.expenditure('expenditure-total'), b.total);
  if (totalIn && totalOut) eqs.push(cellSum('支出合计 = 收入合计', totalOut, [totalIn]));
  return eqs;
}

/** 支出合计 = 一、本年支出 + 二、年终结转结余 in every column; 其中：财政拨款 ≤ 一般公共预算小计 on every row. */
function rightSide(b: Budget04, rows: readonly number[], amounts: readonly number[]): Equation[] {
  const out = b.expenditure('expenditure-total');
  const spent = b.expenditure('expenditure');
  const yearEnd = b.expenditure('year-end-balance');
  return [
    ...(out !== undefined && spent !== undefined && yearEnd !== undefined ? downColumns(b.t, out, [spent, yearEnd], amounts, '支出合计 = 本年支出 + 年终结转结余') : []),
    ...notAboveAcrossRows(b.t, rows, b.appropriation, b.generalPublic, '其中：财政拨款不大于一般公共预算小计'),
  ];
}
