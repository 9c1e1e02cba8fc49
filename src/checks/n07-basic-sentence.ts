import { shareSentenceRule } from './view/share-sentence.js';

/** N07 (spec §5.2, §2.6): 六 = 06 合计 / 人员经费 / 公用经费, with shares. */
export const n07 = shareSentenceRule({
  id: 'N07',
  section: 'explanation.6',
  table: 'general-public-basic-expenditure',
  description: '说明六的基本支出、人员经费、公用经费 = 一般公共预算基本支出预算表合计行；占比 = 金额 ÷ 基本支出',
  whole: '年初预算为',
  parts: ['人员经费支出', '公用经费支出'],
});
