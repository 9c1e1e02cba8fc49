import { total, type Quantity } from './compare.js';
import { checkEquations, type Equation } from './equations.js';
import { notRun, type DocumentRule } from './rule.js';
import { budget01 } from './view/budget01.js';
import { amountAfter, narrativeAmount } from './view/narrative.js';
import { SECTION } from './view/sections.js';
import { pick } from './view/table-equations.js';
import { squeeze } from './view/table-view.js';

/** Narrative source names (profile `income.label.*`) → the 01表 row that prints them. */
const ROWS: Record<string, string> = {
  一般公共预算: '一、一般公共预算',
  一般公共预算收入: '一、一般公共预算',
  一般公共预算拨款收入: '一、一般公共预算',
  政府性基金预算拨款收入: '二、政府性基金预算拨款收入',
  国有资本经营预算拨款收入: '三、国有资本经营预算拨款收入',
  财政专户管理资金收入: '四、财政专户管理资金收入',
  事业收入: '五、事业收入',
  事业单位经营收入: '六、事业单位经营收入',
  上级补助收入: '七、上级补助收入',
  附属单位上缴收入: '八、附属单位上缴收入',
  其他收入: '九、其他收入',
  财政性结转资金: '上年结转结余',
  上年结转结余: '上年结转结余',
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
  description: '说明二的收入合计 = 预算01表收入总计；所列各项收入 = 01表对应行，且相加等于收入合计',
  run(view) {
    const text = view.section(SECTION.income);
    const b = view.read('income-expenditure', budget01);
    const said = text && amountAfter(text, '收入合计');
    if (!text || !b || !said) return notRun('文档中没有说明二的收入合计或预算01表');
    const at = { kind: 'narrative' as const, section: SECTION.income };
    const grand = pick(b.t, b.income('收入总计'), b.incomeAmount);
    const eqs: Equation[] = grand ? [{ at, what: '说明二的收入合计 = 预算01表收入总计', actual: said, expected: grand.q, related: [grand.at] }] : [];
    const listed = listedSources(text);
    for (const { name, amount } of listed) {
      const row = ROWS[name];
      const cell = row ? pick(b.t, b.income(row), b.incomeAmount) : undefined;
      if (cell) eqs.push({ at, what: `说明二的${name} = 预算01表“${row}”`, actual: amount, expected: cell.q, related: [cell.at] });
    }
    if (listed.length > 0) eqs.push({ at, what: '说明二所列各项收入之和 = 收入合计', actual: total(listed.map((l) => l.amount)), expected: said });
    return checkEquations(this, eqs);
  },
};

/** The `其中：A X万元；B Y万元` list after 收入合计. */
function listedSources(text: string): { name: string; amount: Quantity }[] {
  const list = /其中：(.*?)。/.exec(text.slice(text.indexOf('收入合计')))?.[1] ?? '';
  return list.split('；').flatMap((part) => {
    const m = /^(.*?)(\d+(?:\.\d+)?)万元$/.exec(squeeze(part));
    const amount = m && narrativeAmount(m[2] as string);
    return m && amount ? [{ name: m[1] as string, amount }] : [];
  });
}
