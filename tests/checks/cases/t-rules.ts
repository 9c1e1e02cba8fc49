import { Decimal } from '../../../src/model/money.js';
import { t01Document, t01Input } from '../../../src/checks/t01-income-total.js';
import { t02Document, t02Input } from '../../../src/checks/t02-appropriation.js';
import { t03 } from '../../../src/checks/t03-expenditure-total.js';
import { t04 } from '../../../src/checks/t04-grand-totals.js';
import { t05Document, t05Input } from '../../../src/checks/t05-income-table-rows.js';
import { t06Document, t06Input } from '../../../src/checks/t06-income-table-groups.js';
import { t07Document, t07Input } from '../../../src/checks/t07-function-rows.js';
import { t08Document, t08Input } from '../../../src/checks/t08-function-totals.js';
import { t09Document, t09Input } from '../../../src/checks/t09-appropriation-table.js';
import { t10Document, t10Input } from '../../../src/checks/t10-basic-econ-table.js';
import { t11Document, t11Input } from '../../../src/checks/t11-econ-summary-table.js';
import { t12Document, t12Input } from '../../../src/checks/t12-three-public-table.js';
import { t13Document, t13Input } from '../../../src/checks/t13-project-expenditure-table.js';
import { t14Document, t14Input } from '../../../src/checks/t14-project-performance-table.js';
import { t15Document, t15Input } from '../../../src/checks/t15-overall-performance-table.js';
import { t16Document, t16Input } from '../../../src/checks/t16-operating-funds-table.js';
import { t17 } from '../../../src/checks/t17-projects.js';
import { t18 } from '../../../src/checks/t18-indicators.js';
import { documentCases, inputCases, type Conformance } from '../conformance.js';
import { built, inputContext, setAmount, setOverall } from '../fixtures.js';

const one = new Decimal('0.01');
const base = { name: '最小示例（测试市测试中心）', context: () => inputContext() };
const doc = { name: '最小示例生成的文档', context: () => built() };
const row1 = '900001 测试市测试中心';

/** T01–T18 (spec §5.1): each with the fixture as valid case and one corruption per layer. */
export const T_CASES: Conformance[] = [
  inputCases(t01Input, [base], [{ name: '本年收入合计被改动', context: () => inputContext({ figures: (f) => (f.income = f.income.plus(one)) }), at: '预算01 本年收入合计/金额' }]),
  documentCases(t01Document, [doc], [
    { name: '打印的本年收入合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '本年收入合计', '收入金额', '100.01') }), at: '预算01 本年收入合计/收入金额' },
    { name: '没有项目名称的行有金额', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '第18行', '收入金额', '1.00') }), at: '预算01 第18行/收入金额' },
  ]),
  inputCases(t02Input, [base], [{ name: '财政拨款大于一般公共预算', context: () => inputContext({ figures: (f) => (f.sources.generalPublicAppropriation = f.sources.generalPublic.plus(one)) }), at: '预算01 其中：财政拨款/金额' }]),
  documentCases(t02Document, [doc], [{ name: '打印的财政拨款大于一般公共预算', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '其中：财政拨款', '收入金额', '100.01') }), at: '预算01 其中：财政拨款/收入金额' }]),
  documentCases(t03, [doc], [
    { name: '计算出的本年支出合计有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.expenditure = { ...f.expenditure, total: f.expenditure.total.plus(one) }) }), at: '预算01 本年支出合计/支出金额' },
    { name: '打印的一般公共服务多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '一、一般公共服务', '支出金额', '95.01') }), at: '预算01 本年支出合计/支出金额', message: /本年支出合计 = 各“类”之和（支出金额）/ },
  ]),
  documentCases(t04, [doc], [
    { name: '计算出的收入总计有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.total = f.total.plus(one)) }), at: '预算01 收入总计/收入金额' },
    { name: '打印的收入总计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '收入总计', '收入金额', '100.01') }), at: '预算01 收入总计/收入金额' },
  ]),
  inputCases(t05Input, [base], [
    { name: '单位的财政拨款大于一般公共预算', context: () => inputContext({ figures: (f) => (f.units[0]!.sources.generalPublicAppropriation = f.units[0]!.sources.generalPublic.plus(one)) }), at: `预算02 ${row1}/其中：财政拨款` },
  ]),
  documentCases(t05Document, [doc], [{ name: '打印的总计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算02', '合计', '总计', '100.01') }), at: '预算02 合计/总计' }]),
  inputCases(t06Input, [base], [{ name: '单位行的事业收入与合计不符', context: () => inputContext({ figures: (f) => (f.units[0]!.sources.businessIncome = new Decimal(1)) }), at: '预算02 合计/事业收入' }]),
  documentCases(t06Document, [doc], [{ name: '单位行多印了事业收入', context: () => built({ corrupt: (d) => setAmount(d, '预算02', row1, '事业收入', '1.00') }), at: '预算02 合计/事业收入' }]),
  inputCases(t07Input, [base], [
    { name: '基本支出用了没有03表列的经济分类（307类）', context: () => inputContext({ edit: (j) => j.lineItems.push({ unit: '900001', func: '2010301', econ: '30701', govEcon: '50701', kind: '基本', amount: '1.00' }) }), at: 'lineItems[5].econ' },
    { name: '03表合计被改动', context: () => inputContext({ figures: (f) => (f.func.all.total = { ...f.func.all.total, total: f.func.all.total.total.plus(one) }) }), at: '预算03 合计/合计' },
  ]),
  documentCases(t07Document, [doc], [{ name: '打印的基本支出小计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算03', '2010301 行政运行', '基本支出小计', '70.06') }), at: '预算03 2010301 行政运行/基本支出小计' }]),
  inputCases(t08Input, [base], [{ name: '“项”行被改动', context: () => inputContext({ figures: (f) => (f.func.all.rows[0]!.breakdown = { ...f.func.all.rows[0]!.breakdown, wages: f.func.all.rows[0]!.breakdown.wages.plus(one) }) }), at: '预算03 合计/工资福利支出' }]),
  documentCases(t08Document, [doc], [{ name: '打印的“项”行合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算05', '2210201 住房公积金', '合计', '5.01') }), at: '预算05 合计/合计' }]),
  inputCases(t09Input, [base], [{ name: '“类”的一般公共预算被改动', context: () => inputContext({ figures: (f) => (f.byClass.get('201')!.generalPublic = f.byClass.get('201')!.generalPublic.plus(one)) }), at: '预算04 一、本年支出/一般公共预算小计' }]),
  documentCases(t09Document, [doc], [
    { name: '打印的“类”行合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算04', '（一）一般公共服务支出', '合计', '95.01') }), at: '预算04 （一）一般公共服务支出/合计' },
    { name: '打印的收入合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算04', '收入合计', '金额', '100.01') }), at: '预算04 收入合计/金额' },
  ]),
  inputCases(t10Input, [base], [{ name: '06表行被改动', context: () => inputContext({ figures: (f) => (f.basicEconRows[0] = { ...f.basicEconRows[0]!, total: f.basicEconRows[0]!.total.plus(one) }) }), at: '预算06 30101 基本工资/合计' }]),
  documentCases(t10Document, [doc], [
    { name: '打印的行合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算06', '30101 基本工资 50101 工资奖金津补贴', '合计', '60.01') }), at: '预算06 30101 基本工资 50101 工资奖金津补贴/合计' },
    { name: '301类填在公用经费列', context: () => built({ corrupt: (d) => { setAmount(d, '预算06', '30101 基本工资 50101 工资奖金津补贴', '人员经费', ''); setAmount(d, '预算06', '30101 基本工资 50101 工资奖金津补贴', '公用经费', '60.00'); } }), at: '预算06 30101 基本工资 50101 工资奖金津补贴/公用经费' },
  ]),
  inputCases(t11Input, [base], [{ name: '07表行被改动', context: () => inputContext({ figures: (f) => (f.econRows[0] = { ...f.econRows[0]!, total: f.econRows[0]!.total.plus(one) }) }), at: '预算07 30101 基本工资/总计' }]),
  documentCases(t11Document, [doc], [{ name: '打印的行总计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算07', '30101 基本工资 50101 工资奖金津补贴', '总计', '60.01') }), at: '预算07 30101 基本工资 50101 工资奖金津补贴/总计' }]),
  inputCases(t12Input, [base], [{ name: '“三公”合计被改动', context: () => inputContext({ figures: (f) => (f.threePublic.total = f.threePublic.total.plus(one)) }), at: '预算08 “三公”经费合计' }]),
  documentCases(t12Document, [doc], [{ name: '打印的“三公”合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算08', '第1行', '“三公”经费合计', '1.51') }), at: '预算08 第1行/“三公”经费合计' }]),
  inputCases(t13Input, [base], [{ name: '项目合计被改动', context: () => inputContext({ figures: (f) => (f.projects[0]!.total = f.projects[0]!.total.plus(one)) }), at: '预算12 公务接待（P001）/合计' }]),
  documentCases(t13Document, [doc], [{ name: '打印的项目合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算12', '其他运转类 公务接待 测试市测试中心', '合计', '1.51') }), at: '预算12 其他运转类 公务接待 测试市测试中心/合计' }]),
  inputCases(t14Input, [base], [{ name: '项目的政府预算资金被改动', context: () => inputContext({ figures: (f) => (f.projects[0]!.governmentFunds = f.projects[0]!.governmentFunds.plus(one)) }), at: '预算14 公务接待（P001）/资金总额' }]),
  documentCases(t14Document, [doc], [
    { name: '打印的资金总额多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算14', 'P001 公务接待 其他运转类', '资金总额', '1.51') }), at: '预算14 P001 公务接待 其他运转类/资金总额' },
    { name: '打印的单位行多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算14', row1, '单位资金', '0.01') }), at: `预算14 ${row1}/资金总额` },
  ]),
  inputCases(t15Input, [base], [{ name: '基本支出被改动', context: () => inputContext({ figures: (f) => (f.expenditure = { ...f.expenditure, basic: f.expenditure.basic.plus(one) }) }), at: '预算13 部门预算总额（万元）/指标值' }]),
  documentCases(t15Document, [doc], [{ name: '打印的基本支出多一分', context: () => built({ corrupt: (d) => setOverall(d, '（1）基本支出', '75.06') }), at: '预算13 部门预算总额（万元）/指标值' }]),
  inputCases(t16Input, [base], [{ name: '单位合计被改动', context: () => inputContext({ figures: (f) => (f.operatingFundUnits[0]!.total = f.operatingFundUnits[0]!.total.plus(one)) }), at: `预算11 ${row1}/合计` }]),
  documentCases(t16Document, [doc], [{ name: '打印的经济分类行多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算11', '30201 办公费 公用经费', '合计', '10.06') }), at: '预算11 30201 办公费 公用经费/合计' }]),
  inputCases(t17, [base], [
    { name: '项目编码重复', context: () => inputContext({ edit: (j) => (j.projects![1]!.code = 'P001') }), at: 'projects[1].code' },
    { name: '项目没有支出明细', context: () => inputContext({ edit: (j) => j.projects!.push({ ...structuredClone(j.projects![0]!), code: 'P003' }) }), at: 'projects[2]' },
  ]),
  inputCases(t18, [base], [{ name: '项目没有满意度指标（004 设备购置）', context: () => inputContext({ edit: (j) => (j.projects![0]!.indicators!.satisfaction = []) }), at: 'projects[0].indicators.satisfaction' }]),
];
