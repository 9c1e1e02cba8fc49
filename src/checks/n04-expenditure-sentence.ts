import { shareSentenceRule } from './view/share-sentence.js';

/** N04 (spec §5.2, §2.3): 三 支出合计 / 基本 / 项目 = 03 合计 row; shares = amount ÷ 合计 (rounded). */
export const n04 = shareSentenceRule({
  id: 'N04',
  section: 'explanation.3',
  table: 'expenditure',
  description: '说明三的支出合计、基本支出、项目支出 = 支出预算表合计行；占比 = 金额 ÷ 支出合计',
  whole: '支出合计',
  parts: ['基本支出', '项目支出'],
});
