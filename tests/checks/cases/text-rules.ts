import { l01Document, l01Input } from '../../../src/checks/l01-half-width-punctuation.js';
import { l02Document, l02Input } from '../../../src/checks/l02-mixed-brackets.js';
import { l03Document, l03Input } from '../../../src/checks/l03-doubled-words.js';
import { l04Document, l04Input } from '../../../src/checks/l04-template-leftovers.js';
import { l05Document, l05Input } from '../../../src/checks/l05-list-item-stop.js';
import type { BudgetDocument } from '../../../src/document/model.js';
import type { BudgetInputJson } from '../../../src/model/schema.js';
import { documentCases, inputCases, type Conformance } from '../conformance.js';
import { built, editSection, inputContext, table } from '../fixtures.js';

const base = { name: '最小示例（测试市测试中心）', context: () => inputContext() };
const doc = { name: '最小示例生成的文档', context: () => built() };
const edited = (edit: (j: BudgetInputJson) => void) => () => inputContext({ edit });
const reason = (text: string) => edited((j) => (j.reasons.total = text));
const say = (section: string, from: string, to: string) => () => built({ corrupt: (d) => editSection(d, section, (t) => t.replace(from, to)) });
const freeTextInDoc = (text: string) => ({ name: '输入文字的问题只在输入层报告（文档层屏蔽输入文字）', context: () => built({ edit: (j) => (j.reasons.total = text) }) });

/** Prints `text` in the first text cell of a table's first body row (the 合计 label). */
function bodyLabel(doc: BudgetDocument, id: string, text: string): void {
  const t = table(doc, id);
  const cell = t.rows[t.headerRows]?.find((c) => c.kind === 'content' && c.role !== 'amount' && c.text !== '');
  if (cell?.kind !== 'content') throw new Error(`no body text in ${id}`);
  cell.text = text;
}

/** L01–L05: the text lint, on the input's free texts and on the printed document. */
export const TEXT_CASES: Conformance[] = [
  inputCases(l01Input, [base, { name: '数字中的半角标点不算', context: reason('增加12,345元，比例1:1') }], [
    { name: '原因中有半角分号（000-5）', context: reason('项目支出增加;人员增加'), at: 'reasons.total', message: /增加;人员/ },
  ]),
  documentCases(l01Document, [doc, freeTextInDoc('项目支出增加;人员增加')], [
    { name: '模板文字中的半角逗号（004-4：752.11万元,共16个项目）', context: say('explanation.1', '，支出总计', ',支出总计'), at: 'explanation.1' },
    { name: '表名行半角冒号（000-11：单位名称:）', context: () => built({ corrupt: (d) => (table(d, '预算01').nameLine = '单位名称:测试市测试中心') }), at: '预算01 名称行' },
    { name: '表体文字单元格中的半角逗号（按行列定位）', context: () => built({ corrupt: (d) => bodyLabel(d, '预算03', '合计,其中') }), at: '预算03 第1行/单位（科目名称）' },
  ]),
  inputCases(l02Input, [base], [{ name: '职责中括号全半角混用（000 职责(十一)）', context: edited((j) => (j.overview.duties[0] = '负责各县(市、区）测试工作。')), at: 'overview.duties[0]' }]),
  documentCases(l02Document, [doc], [{ name: '说明中括号全半角混用（004-11：部门(单位））', context: say('explanation.2', '其中：', '部门(单位）其中：'), at: 'explanation.2' }]),
  inputCases(l03Input, [base], [{ name: '原因中词语重复', context: reason('其中：其中：项目支出增加'), at: 'reasons.total' }]),
  documentCases(l03Document, [doc], [{ name: '说明五“其中：其中：”（004-2）', context: say('explanation.5', '其中：', '其中：其中：'), at: 'explanation.5' }]),
  inputCases(l04Input, [base], [{ name: '原因中有未替换的模板文字', context: reason('收入增加（减少）'), at: 'reasons.total' }]),
  documentCases(l04Document, [doc], [{ name: '表格备注中有未替换的模板文字', context: () => built({ corrupt: (d) => table(d, '预算09').notes.push('备注：增加（减少）0万元') }), at: '预算09 备注' }]),
  inputCases(l05Input, [base], [{ name: '职责没有以“。”结尾（000-12 第十四条）', context: edited((j) => (j.overview.duties[1] = '负责其他工作')), at: 'overview.duties[1]' }]),
  documentCases(l05Document, [doc], [{ name: '打印的职责没有以“。”结尾', context: say('overview.1', '1.负责测试工作。', '1.负责测试工作'), at: 'overview.1' }]),
];
