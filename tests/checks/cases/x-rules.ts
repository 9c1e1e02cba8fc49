import { Decimal } from '../../../src/model/money.js';
import { x01 } from '../../../src/checks/x01-income-sources.js';
import { x02Document, x02Input } from '../../../src/checks/x02-classes.js';
import { x03 } from '../../../src/checks/x03-balanced-totals.js';
import { x04 } from '../../../src/checks/x04-unit-rows.js';
import { x05Document, x05Input } from '../../../src/checks/x05-appropriation-classes.js';
import { x06 } from '../../../src/checks/x06-general-public-within-all.js';
import { x07 } from '../../../src/checks/x07-basic-split.js';
import { x08 } from '../../../src/checks/x08-basic-classes.js';
import { x09 } from '../../../src/checks/x09-econ-tables.js';
import { x10 } from '../../../src/checks/x10-three-public-codes.js';
import { x11 } from '../../../src/checks/x11-empty-fund-tables.js';
import { x12Document, x12Input } from '../../../src/checks/x12-project-types.js';
import { x13 } from '../../../src/checks/x13-project-items-by-function.js';
import { x14Document, x14Input } from '../../../src/checks/x14-project-lists.js';
import { x15 } from '../../../src/checks/x15-overall-budget.js';
import { x16Document, x16Input } from '../../../src/checks/x16-operating-funds-rows.js';
import { documentCases, inputCases, type Conformance } from '../conformance.js';
import { built, inputContext, setAmount, setOverall } from '../fixtures.js';

const one = new Decimal('0.01');
const base = { name: '最小示例（测试市测试中心）', context: () => inputContext() };
const doc = { name: '最小示例生成的文档', context: () => built() };
const unit = '900001 测试市测试中心';

/** X01–X16 (spec §5.2): across tables, on figures and on the printed document. */
export const X_CASES: Conformance[] = [
  documentCases(x01, [doc], [
    { name: '计算出的收入总计与来源之和不符（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.total = f.total.plus(one)) }), at: '预算02 合计/总计', message: /预算02表合计行 = 预算01表“收入总计”/ },
    { name: '02表合计行多印事业收入', context: () => built({ corrupt: (d) => setAmount(d, '预算02', '合计', '事业收入', '1.00') }), at: '预算02 合计/事业收入' },
  ]),
  inputCases(x02Input, [base], [{ name: '“类”金额被改动', context: () => inputContext({ figures: (f) => (f.byClass.get('201')!.all = f.byClass.get('201')!.all.plus(one)) }), at: '预算01 201/支出金额' }]),
  documentCases(x02Document, [doc], [{ name: '03表“项”行多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算03', '2010301 行政运行', '合计', '70.06') }), at: '预算01 一、一般公共服务/支出金额' }]),
  documentCases(x03, [doc], [
    { name: '计算出的03表合计有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.func.all.total = { ...f.func.all.total, total: f.func.all.total.total.plus(one) }) }), at: '预算03 合计/合计', message: /预算03表合计 = 预算01表本年支出合计/ },
    { name: '07表合计多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算07', '合计', '总计', '100.01') }), at: '预算07 合计/总计' },
  ]),
  inputCases(x04, [base], [{ name: '单位行与支出明细不符', context: () => inputContext({ figures: (f) => (f.units[0]!.sources.businessIncome = new Decimal(1)) }), at: `预算02 ${unit}/总计` }]),
  inputCases(x05Input, [base], [{ name: '04表“类”的一般公共预算被改动', context: () => inputContext({ figures: (f) => (f.byClass.get('201')!.generalPublic = f.byClass.get('201')!.generalPublic.plus(one)) }), at: '预算04 201/一般公共预算' }]),
  documentCases(x05Document, [doc], [{ name: '05表“项”行多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算05', '2010301 行政运行', '合计', '70.06') }), at: '预算04 （一）一般公共服务支出/小计' }]),
  documentCases(x06, [doc], [
    { name: '计算出的05表大于03表（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.func.generalPublic.rows[0]!.breakdown = { ...f.func.generalPublic.rows[0]!.breakdown, total: f.func.generalPublic.rows[0]!.breakdown.total.plus(one) }) }), at: '预算05 2010301 行政运行/合计' },
    { name: '05表与03表不同（全部为一般公共预算时应相等）', context: () => built({ corrupt: (d) => setAmount(d, '预算05', '2210201 住房公积金', '合计', '4.99') }), at: '预算05 2210201 住房公积金/合计', message: /预算05表“2210201”等于预算03表/ },
    { name: '有政府性基金时05表大于03表', context: () => built({ corrupt: (d) => { setAmount(d, '预算01', '一、一般公共预算', '收入金额', '99.00'); setAmount(d, '预算05', '2210201 住房公积金', '合计', '5.01'); } }), at: '预算05 2210201 住房公积金/合计', message: /不大于预算03表/ },
  ]),
  documentCases(x07, [doc], [
    { name: '计算出的人员经费有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.generalPublic.personnel = f.generalPublic.personnel.plus(one)) }), at: '预算06 合计/人员经费' },
    { name: '06表人员经费多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算06', '合计', '人员经费', '65.01') }), at: '预算06 合计/人员经费' },
  ]),
  documentCases(x08, [doc], [
    { name: '计算出的05表工资福利有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.func.generalPublic.total = { ...f.func.generalPublic.total, wages: f.func.generalPublic.total.wages.plus(one) }) }), at: '预算05 合计/工资福利支出' },
    { name: '05表工资福利多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算05', '合计', '工资福利支出', '65.01') }), at: '预算05 合计/工资福利支出', message: /预算05表工资福利支出 = 预算06表301类之和/ },
  ]),
  documentCases(x09, [doc], [
    { name: '计算出的06表行大于07表（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.basicEconRows[0] = { ...f.basicEconRows[0]!, total: f.basicEconRows[0]!.total.plus(one) }) }), at: '预算06 30101 基本工资 50101 工资奖金津补贴/合计' },
    { name: '06表行大于07表', context: () => built({ corrupt: (d) => setAmount(d, '预算06', '30201 办公费 50201 办公经费', '合计', '10.06') }), at: '预算06 30201 办公费 50201 办公经费/合计', message: /预算06表行 30201\/50201 不大于预算07表对应行/ },
  ]),
  documentCases(x10, [doc], [
    { name: '计算出的公务接待费有误（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.threePublic.reception = f.threePublic.reception.plus(one)) }), at: '预算08 第1行/公务接待费' },
    { name: '08表公务接待费多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算08', '第1行', '公务接待费', '1.51') }), at: '预算08 第1行/公务接待费', message: /公务接待费 = 预算07表 30217 的一般公共预算/ },
  ]),
  documentCases(x11, [doc], [{ name: '01表有政府性基金收入而09表无数据', context: () => built({ corrupt: (d) => setAmount(d, '预算01', '二、政府性基金预算拨款收入', '收入金额', '1.00') }), at: '预算09 合计/合计' }]),
  inputCases(x12Input, [base], [{ name: '03表其他运转类被改动', context: () => inputContext({ figures: (f) => (f.func.all.total = { ...f.func.all.total, projectOperating: f.func.all.total.projectOperating.plus(one) }) }), at: '预算03 合计/其他运转类' }]),
  documentCases(x12Document, [doc], [{ name: '项目支出表特定目标类项目多一分', context: () => built({ corrupt: (d) => setAmount(d, '预算12', '特定目标类 信息系统运维 测试市测试中心', '合计', '23.46') }), at: '预算03 合计/特定目标类' }]),
  inputCases(x13, [base], [{ name: '03表“项”的项目支出被改动', context: () => inputContext({ figures: (f) => (f.func.all.rows[1]!.breakdown = { ...f.func.all.rows[1]!.breakdown, project: f.func.all.rows[1]!.breakdown.project.plus(one) }) }), at: '预算03 2010302 一般行政管理事务/项目支出小计' }]),
  inputCases(x14Input, [base], [{ name: '项目在项目表中出现两次', context: () => inputContext({ figures: (f) => f.projects.push(f.projects[0]!) }), at: 'projects[0]' }]),
  documentCases(x14Document, [doc], [
    { name: '项目绩效表金额与项目支出表不同（002：8.2 对 8.17 在舍入内一致，8.27 则不一致）', context: () => built({ corrupt: (d) => setAmount(d, '预算14', 'P002 信息系统运维 特定目标类', '资金总额', '23.55') }), at: '预算14 P002 信息系统运维 特定目标类/资金总额' },
  ]),
  documentCases(x15, [doc], [
    { name: '计算出的基本支出与03表不同（由计算结果生成的文档）', context: () => built({ figures: (f) => (f.expenditure = { ...f.expenditure, basic: f.expenditure.basic.plus(one) }) }), at: '预算13 （1）基本支出/指标值' },
    { name: '整体绩效项目支出与03表不同', context: () => built({ corrupt: (d) => setOverall(d, '（2）项目支出', '24.96') }), at: '预算13 （2）项目支出/指标值', message: /项目支出 = 预算03表项目支出小计/ },
  ]),
  inputCases(x16Input, [base], [{ name: '11表经济分类行被改动', context: () => inputContext({ figures: (f) => (f.operatingFundUnits[0]!.rows[0]!.sources.generalPublic = f.operatingFundUnits[0]!.rows[0]!.sources.generalPublic.plus(one)) }), at: '预算11 30201/一般公共预算资金小计' }]),
  documentCases(x16Document, [doc], [{ name: '11表经济分类行与06表不同', context: () => built({ corrupt: (d) => setAmount(d, '预算11', '30201 办公费 公用经费', '一般公共预算资金小计', '10.06') }), at: '预算11 30201/一般公共预算资金小计' }]),
];
