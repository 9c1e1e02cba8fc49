import { Decimal } from '../../../src/model/money.js';
import { n01 } from '../../../src/checks/n01-totals-sentence.js';
import { n02Document, n02Input } from '../../../src/checks/n02-growth.js';
import { n03 } from '../../../src/checks/n03-income-sentence.js';
import { n04 } from '../../../src/checks/n04-expenditure-sentence.js';
import { n05 } from '../../../src/checks/n05-appropriation-sentence.js';
import { n06 } from '../../../src/checks/n06-general-public-sentence.js';
import { n07 } from '../../../src/checks/n07-basic-sentence.js';
import { n08 } from '../../../src/checks/n08-three-public-sentence.js';
import { n09 } from '../../../src/checks/n09-empty-fund-sentences.js';
import { n10 } from '../../../src/checks/n10-operating-funds-sentence.js';
import { n11Document, n11Input } from '../../../src/checks/n11-procurement.js';
import { n12 } from '../../../src/checks/n12-performance-sentence.js';
import { n13Document, n13Input } from '../../../src/checks/n13-vehicles-sentence.js';
import { n14Document, n14Input } from '../../../src/checks/n14-share-pairs.js';
import { n15 } from '../../../src/checks/n15-change-wording.js';
import { n16Document, n16Input } from '../../../src/checks/n16-vehicle-costs.js';
import type { BudgetInputJson } from '../../../src/model/schema.js';
import { documentCases, inputCases, type Conformance } from '../conformance.js';
import { built, editSection, inputContext } from '../fixtures.js';

const one = new Decimal('0.01');
const base = { name: '最小示例（测试市测试中心）', context: () => inputContext() };
const doc = { name: '最小示例生成的文档', context: () => built() };
const say = (section: string, from: string, to: string) => () => built({ corrupt: (d) => editSection(d, section, (t) => t.replace(from, to)) });
const vehicleOps = (general: number) => (j: BudgetInputJson) => {
  j.lineItems.push({ unit: '900001', func: '2010301', econ: '30231', kind: '基本', amount: '2.00' });
  j.assets.vehicles.general = general;
};

/** N01–N16 (spec §5.2): the narrative against the tables (and the figure-level identities behind it). */
export const N_CASES: Conformance[] = [
  documentCases(n01, [doc], [{ name: '说明一的收入总计多一分', context: say('explanation.1', '收入总计100.00万元', '收入总计100.01万元'), at: 'explanation.1' }]),
  inputCases(n02Input, [base], [{ name: '增减额被改动', context: () => inputContext({ figures: (f) => (f.changes.total = { ...f.changes.total, delta: f.changes.total.delta.plus(one) }) }), at: 'explanation.1', message: /收支总计增减额/ }]),
  documentCases(n02Document, [doc], [
    { name: '增长率与增减额不符', context: say('explanation.1', '增长5.26%', '增长5.27%'), at: 'explanation.1' },
    { name: '“增加”配“下降”', context: say('explanation.4', '增长5.26%', '下降5.26%'), at: 'explanation.4', message: /增加应与增长搭配/ },
  ]),
  documentCases(n03, [doc], [{ name: '说明二的一般公共预算与01表不符', context: say('explanation.2', '拨款收入100.00万元', '拨款收入99.00万元'), at: 'explanation.2' }]),
  documentCases(n04, [doc], [
    { name: '说明三的基本支出与03表不符', context: say('explanation.3', '基本支出75.05万元', '基本支出75.06万元'), at: 'explanation.3' },
    { name: '说明三的占比与金额不符', context: say('explanation.3', '占75.05%', '占75.06%'), at: 'explanation.3', message: /占比/ },
  ]),
  documentCases(n05, [doc], [{ name: '说明四的一般公共预算与04、05表不符', context: say('explanation.4', '收支预算100.00万元', '收支预算100.01万元'), at: 'explanation.4' }]),
  documentCases(n06, [doc], [{ name: '说明五的项目支出与05表不符', context: say('explanation.5', '项目支出24.95万元', '项目支出24.96万元'), at: 'explanation.5' }]),
  documentCases(n07, [doc], [{ name: '说明六的人员经费与06表不符', context: say('explanation.6', '人员经费支出65.00万元', '人员经费支出65.01万元'), at: 'explanation.6' }]),
  documentCases(n08, [doc], [{ name: '说明七的公务接待费与08表不符', context: say('explanation.7', '公务接待费1.50万元', '公务接待费1.51万元'), at: 'explanation.7' }]),
  documentCases(n09, [doc], [{ name: '09表无数据而说明八没写“无…”', context: say('explanation.8', '无政府性基金预算拨款安排的支出', '政府性基金预算拨款安排的支出0万元'), at: 'explanation.8' }]),
  documentCases(n10, [doc], [
    { name: '计算出的机构运转经费有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.operatingFunds = f.operatingFunds.plus(one)) }), at: 'explanation.10.1' },
    { name: '说明十（一）的金额与06表公用经费不符', context: say('explanation.10.1', '经费支出预算10.05万元', '经费支出预算10.06万元'), at: 'explanation.10.1', message: /机构运转经费 = 预算06表公用经费/ },
    { name: '另一种措辞“机构运转经费预算”（广西梧州模板）也读得到，金额不符时照样发现', context: say('explanation.10.1', '经费支出预算10.05万元', '经费预算10.06万元'), at: 'explanation.10.1', message: /机构运转经费 = 预算06表公用经费/ },
  ]),
  inputCases(n11Input, [base], [{ name: '采购合计被改动', context: () => inputContext({ figures: (f) => (f.procurement.total = f.procurement.total.plus(one)) }), at: 'procurement' }]),
  documentCases(n11Document, [doc], [{ name: '采购合计与三项之和不符', context: say('explanation.10.2', '预算安排23.45万元', '预算安排23.46万元'), at: 'explanation.10.2' }]),
  documentCases(n12, [doc], [
    { name: '项目个数与项目表不符', context: say('explanation.10.3', '共2个项目', '共3个项目'), at: 'explanation.10.3', message: /共3个项目/ },
    { name: '项目金额与03表不符', context: say('explanation.10.3', '涉及预算拨款24.95万元', '涉及预算拨款24.96万元'), at: 'explanation.10.3' },
  ]),
  inputCases(n13Input, [base], [{ name: '车辆总数被改动', context: () => inputContext({ figures: (f) => (f.vehiclesTotal = 1) }), at: 'assets.vehicles' }]),
  documentCases(n13Document, [doc], [
    { name: '车辆总数与四类之和不符', context: say('explanation.10.4', '共有车辆0辆', '共有车辆1辆'), at: 'explanation.10.4' },
    { name: '资产日期不是上年期末', context: say('explanation.10.4', '2023年期末', '2024年期末'), at: 'explanation.10.4', message: /2023年期末/ },
  ]),
  inputCases(n14Input, [base], [{ name: '占比之和不是100', context: () => inputContext({ figures: (f) => (f.shares.basic = { ...f.shares.basic!, first: f.shares.basic!.first.plus(one) }) }), at: 'explanation.6' }]),
  documentCases(n14Document, [doc], [{ name: '说明六两项占比之和为100.01%', context: say('explanation.6', '占86.61%', '占86.62%'), at: 'explanation.6' }]),
  documentCases(n15, [doc], [
    { name: '增减为0仍写“增加0万元”（002-4）', context: say('explanation.7', '预算数与2023年保持一致', '预算数比2023年增加0万元'), at: 'explanation.7' },
    { name: '未替换的“增加（减少）”（000-1）', context: say('explanation.4', '增加5.00万元', '增加（减少）5.00万元'), at: 'explanation.4' },
  ]),
  inputCases(n16Input, [base, { name: '有运行维护费也有一般公务用车', context: () => inputContext({ edit: vehicleOps(1) }) }], [
    { name: '有公务用车运行维护费但没有车辆', context: () => inputContext({ edit: vehicleOps(0) }), at: 'assets.vehicles' },
  ]),
  documentCases(n16Document, [doc, { name: '有运行维护费也有一般公务用车', context: () => built({ edit: vehicleOps(1) }) }], [
    { name: '08表有运行费但说明十（四）没有车辆', context: () => built({ edit: vehicleOps(0) }), at: '预算08 第1行/公务用车运行费' },
  ]),
];
