import { shareSentenceRule } from './view/share-sentence.js';

/** N06 (spec §5.2, §2.5): 五 = 05 合计 / 基本 / 项目, with shares. */
export const n06 = shareSentenceRule({
  id: 'N06',
  section: 'explanation.5',
  table: 'general-public-expenditure',
  description: '说明五的一般公共预算支出、基本支出、项目支出 = 一般公共预算支出预算表合计行；占比 = 金额 ÷ 合计',
  whole: '年初预算为',
  parts: ['基本支出', '项目支出'],
});
