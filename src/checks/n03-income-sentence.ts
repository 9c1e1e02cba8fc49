import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { notApplicable, notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { amountAfter, narrativeAmount } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { pick } from './view/table-equations.js';
import { squeeze } from './view/table-view.js';

/** Narrative source names (profile `income.label.*`, data the narrative prints) → the key of the 01 row that prints the same source. */
const ROWS: Record<string, string> = {
  一般公共预算: 'general-public',
  一般公共预算收入: 'general-public',
  一般公共预算拨款收入: 'general-public',
  政府性基金预算拨款收入: 'gov-fund',
  国有资本经营预算拨款收入: 'state-capital',
  财政专户管理资金收入: 'fiscal-account',
  事业收入: 'business-income',
  事业单位经营收入: 'operating-income',
  上级补助收入: 'superior-subsidy',
  附属单位上缴收入: 'affiliated-remit',
  其他收入: 'other-income',
  财政性结转资金: 'carry-over',
  上年结转结余: 'carry-over',
};

/**
 * N03 (spec §5.2, §2.2): 二 收入合计 = 01 (本年收入合计 + 上年结转结余 = 收入总计, as the listed sources
 * include 结转); each named source = its 01 row; the listed amounts add up to 收入合计.
 */
export const n03: DocumentRule = {
  id: 'N03',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description: '说明二的收入合计 = 收支预算表收入总计；所列各项收入 = 收支预算表对应行，且相加等于收入合计',
  tables: ['income-expenditure'],
  run(view) {
    const text = view.section(SECTION.income);
    const b = view.read('income-expenditure', budget01);
    if (text === undefined) return notApplicable('本模板的说明没有二');
    const said = amountAfter(text, '收入合计');
    if (!b || !said) return notRun('说明二没有可读的收入合计');
    const one = view.label('income-expenditure');
    const at = { kind: 'narrative' as const, section: SECTION.income };
    const grand = pick(b.t, b.income('grand-total'), b.incomeAmount);
    const eqs: Equation[] = grand ? [{ at, what: `说明二的收入合计 = ${one}收入总计`, actual: said, expected: grand.q, related: [grand.at] }] : [];
    const listed = listedSources(text);
    for (const { name, amount } of listed) {
      const key = ROWS[name];
      const row = key === undefined ? undefined : b.income(key);
      const cell = pick(b.t, row, b.incomeAmount);
      if (cell && row !== undefined) eqs.push({ at, what: `说明二的${name} = ${one}“${b.t.text(row, b.incomeItem).trim()}”`, actual: amount, expected: cell.q, related: [cell.at] });
    }
    if (listed.length > 0) eqs.push({ at, what: '说明二所列各项收入之和 = 收入合计', actual: total(listed.map((l) => l.amount)), expected: said });
    return checkEquations(this, eqs);
  },
};

/** The `其中：A X万元；B Y万元` list after 收入合计. */
function listedSources(text: string): { name: string; amount: Quantity }[] {
  const list = /其中：(.*?)。/.exec(text.slice(text.indexOf('收入合计')))?.[1] ?? '';
  return list.split('；').flatMap((part) => {
    const m = /^(.*?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万元|元)$/.exec(squeeze(part));
    const amount = m && narrativeAmount(m[2] as string, m[3] as string);
    return m && amount ? [{ name: m[1] as string, amount }] : [];
  });
}
