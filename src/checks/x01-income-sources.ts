import { relationRule } from './relations/engine.js';
import type { Relation } from './relations/relation.js';

/** 01 income row (key, printed wording) → the 02 column of the same source. */
const PAIRS: readonly [string, string, string][] = [
  ['general-public', '一、一般公共预算', 'generalPublic'],
  ['general-public-appropriation', '其中：财政拨款', 'appropriation'],
  ['gov-fund', '二、政府性基金预算拨款收入', 'govFund'],
  ['state-capital', '三、国有资本经营预算拨款收入', 'stateCapital'],
  ['fiscal-account', '四、财政专户管理资金收入', 'fiscalAccount'],
  ['business-income', '五、事业收入', 'businessIncome'],
  ['operating-income', '六、事业单位经营收入', 'operatingIncome'],
  ['superior-subsidy', '七、上级补助收入', 'superiorSubsidy'],
  ['affiliated-remit', '八、附属单位上缴收入', 'affiliatedRemit'],
  ['other-income', '九、其他收入', 'otherIncome'],
  ['income-total', '本年收入合计', 'currentTotal'],
  ['carry-over', '上年结转结余', 'carryTotal'],
  ['grand-total', '收入总计', 'total'],
];

/** X01 (spec §5.2): 01 income by source = the 02 合计 row by source. */
export const x01 = relationRule({
  id: 'X01',
  severity: 'error',
  tolerance: 'exact',
  description: '收支预算表各项收入 = 收入预算表合计行对应的资金来源列',
  relations: PAIRS.map(([row, words, column]): Relation => ({
    what: `{income}合计行 = {income-expenditure}“${words}”`,
    left: { table: 'income', row: 'total', column },
    right: { table: 'income-expenditure', row, column: 'incomeAmount' },
  })),
});
