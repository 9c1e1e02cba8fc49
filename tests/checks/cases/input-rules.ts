import { a01 } from '../../../src/checks/a01-capital-procurement.js';
import { a02 } from '../../../src/checks/a02-three-public-growth.js';
import { a03 } from '../../../src/checks/a03-control-rate-target.js';
import { c01 } from '../../../src/checks/c01-control-totals.js';
import { i01 } from '../../../src/checks/i01-unit-references.js';
import { i02 } from '../../../src/checks/i02-project-references.js';
import { i03 } from '../../../src/checks/i03-unit-codes-unique.js';
import { i04 } from '../../../src/checks/i04-one-base-unit.js';
import { i05 } from '../../../src/checks/i05-key-projects.js';
import { i06 } from '../../../src/checks/i06-duplicate-items.js';
import { m01 } from '../../../src/checks/m01-codes.js';
import { m02 } from '../../../src/checks/m02-gov-economic-class.js';
import { m03 } from '../../../src/checks/m03-function-unit-type.js';
import { p01 } from '../../../src/checks/p01-cost-indicators.js';
import { p02 } from '../../../src/checks/p02-indicator-texts.js';
import { p03 } from '../../../src/checks/p03-two-decimals.js';
import { r01 } from '../../../src/checks/r01-overall-performance.js';
import { r02 } from '../../../src/checks/r02-prior-operating-funds.js';
import { r03 } from '../../../src/checks/r03-change-reasons.js';
import { u01 } from '../../../src/checks/u01-amount-unit.js';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/model/paths.js';
import type { BudgetInputJson } from '../../../src/model/schema.js';
import { documentCases, inputCases, type Conformance } from '../conformance.js';
import { built, editSection, inputContext, setAmount } from '../fixtures.js';

/** A user profile printing the narrative in 元 with separators, integer shares, 1-decimal growth, 1-decimal tables, zero as —. */
const HOUSE_STYLE = join(PACKAGE_ROOT, 'tests', 'checks', 'profiles', 'house-style');
const base = { name: '最小示例（测试市测试中心）', context: () => inputContext() };
const doc = { name: '最小示例生成的文档', context: () => built() };
const edited = (edit: (j: BudgetInputJson) => void, profile?: string) => () => inputContext({ edit, ...(profile ? { profile } : {}) });
const cost = (value: string) => edited((j) => (j.projects![0]!.indicators!.cost![0]!.value = value));

/** M, P, C, R, I and A rules: what the input itself can get wrong. */
export const INPUT_CASES: Conformance[] = [
  inputCases(m01, [base], [
    { name: '未知功能科目，名称取自输入（警告）', context: edited((j) => Object.assign(j.lineItems[0]!, { func: '2990101', funcName: '测试科目' })), at: 'lineItems[0].func', message: /名称“测试科目”取自输入/ },
    { name: '未知部门经济科目且无名称（错误）', context: edited((j) => (j.lineItems[1]!.econ = '30998')), at: 'lineItems[1].econ' },
    { name: '已停用的功能科目（2019年医疗保障科目调整）：错误，给出替代编码', context: edited((j) => Object.assign(j.lineItems[0]!, { func: '2100501', funcName: '行政单位医疗' })), at: 'lineItems[0].func', message: /功能分类科目“2100501”（行政单位医疗）2019年起已停用：2024年应使用 2101101 行政单位医疗/ },
    { name: '打错的编码：照录所填编码，给出最接近的有效编码及名称', context: edited((j) => (j.lineItems[0]!.func = '2010310')), at: 'lineItems[0].func', message: /功能分类科目“2010310”不在2024年代码表中.*是否应为 2010301 行政运行？/ },
    { name: '部门经济科目没有默认的政府经济分类', context: edited((j) => Object.assign(j.lineItems[1]!, { econ: '30998', econName: '测试经济科目' })), at: 'lineItems[1].econ', message: /请在该支出明细中填写govEcon/ },
  ]),
  inputCases(m02, [base, { name: '事业单位用505类', context: edited((j) => (j.units[0]!.type = '事业')) }], [
    { name: '行政单位的30101填505类（000-7：30107→50501）', context: edited((j) => (j.lineItems[0]!.govEcon = '50501')), at: 'lineItems[0].govEcon', message: /30101→50501 60\.00万元/ },
  ]),
  inputCases(m03, [base], [{ name: '行政单位用事业运行', context: edited((j) => (j.lineItems[0]!.func = '2010350')), at: 'lineItems[0].func' }]),
  inputCases(p01, [base, { name: '按人按月的标准不参与比较', context: cost('2000元/人/月') }, { name: '以元表示且相等', context: cost('≤15000元') }], [
    { name: '上限低于项目金额（002-8：≤81624元 对 8.17）', context: cost('≤1万元'), at: 'projects[0].indicators.cost[0].value' },
    { name: '下限高于项目金额（000-9：≥309.12万元 对 285.00）', context: cost('≥2万元'), at: 'projects[0].indicators.cost[0].value' },
    { name: '金额与项目金额不符（000-8：16.2万元 对 18.80）', context: cost('1.2万元'), at: 'projects[0].indicators.cost[0].value' },
  ]),
  inputCases(
    p02,
    [
      base,
      { name: '“无…”指标写明“无”', context: edited((j) => (j.projects![0]!.indicators!.effect![0] = { name: '无经济效益', value: '无' })) },
      { name: '两个项目的同名指标值不同（000：提升政府公信力 100% 与 提升）', context: edited((j) => j.projects![0]!.indicators!.output!.push({ name: '系统数量', value: '1套' })) },
      {
        name: '逐字相同的指标中的词也见于本项目名称',
        context: edited((j) => {
          j.projects![0]!.name = '公务接待系统';
          j.projects![0]!.indicators!.output!.push({ name: '系统数量', value: '2套' });
        }),
      },
    ],
    [
      { name: '三级指标名称是数字（000-10：321.90）', context: edited((j) => (j.projects![0]!.indicators!.cost![0]!.name = '321.90')), at: 'projects[0].indicators.cost[0].name' },
      { name: '指标值为空', context: edited((j) => (j.projects![0]!.indicators!.output![0]!.value = '')), at: 'projects[0].indicators.output[0].value' },
      {
        name: '“无…”指标的指标值是单纯的数字（000-10：会议费 无经济效益 1）',
        context: edited((j) => (j.projects![0]!.indicators!.effect![0] = { name: '无经济效益', value: '1' })),
        at: 'projects[0].indicators.effect[0].value',
        message: /项目公务接待（P001）的效益指标“无经济效益”的指标值是单纯的数字“1”/,
      },
      {
        name: '指标照抄自名称含其特有词的另一个项目（000-10：物业管理服务费的 印刷品合格率 100%，取自印刷费）',
        context: edited((j) => j.projects![0]!.indicators!.output!.push({ name: '系统数量', value: '2套' })),
        at: 'projects[0].indicators.output[1].name',
        message: /项目公务接待（P001）的产出指标“系统数量”（指标值为“2套”）与项目信息系统运维（P002）的指标逐字相同，“系统”只见于后者的名称/,
      },
    ],
  ),
  documentCases(p03, [doc, { name: '按模板的格式打印：正文以元为单位加千位分隔符、占比取整、增长率一位小数，表格一位小数、零印“—”', context: () => built({ profile: HOUSE_STYLE }) }], [
    { name: '以元为单位的正文金额缺千位分隔符', context: () => built({ profile: HOUSE_STYLE, corrupt: (d) => editSection(d, 'explanation.1', (t) => t.replace('收入总计1,000,000.00元', '收入总计1000000.00元')) }), at: 'explanation.1', message: /“1000000\.00元”应加千位分隔符/ },
    { name: '占比的小数位数与模板不同（模板取整）', context: () => built({ profile: HOUSE_STYLE, corrupt: (d) => editSection(d, 'explanation.3', (t) => t.replace('占75%', '占75.05%')) }), at: 'explanation.3', message: /占比“75\.05%”应为整数/ },
    { name: '表格金额的小数位数与模板不同（模板一位小数）', context: () => built({ profile: HOUSE_STYLE, corrupt: (d) => setAmount(d, '预算01', '一、一般公共预算', '收入金额', '100.00') }), at: '预算01 一、一般公共预算/收入金额', message: /应为1位小数/ },
    { name: '绩效表金额一位小数（002-7：41.1）', context: () => built({ corrupt: (d) => setAmount(d, '预算14', 'P001 公务接待 其他运转类', '资金总额', '1.5') }), at: '预算14 P001 公务接待 其他运转类/资金总额' },
    { name: '说明中百分比一位小数（004-1：20.7%）', context: () => built({ corrupt: (d) => editSection(d, 'explanation.3', (t) => t.replace('占75.05%', '占75.1%').replace('占24.95%', '占24.9%')) }), at: 'explanation.3' },
    { name: '说明中金额一位小数', context: () => built({ corrupt: (d) => editSection(d, 'explanation.10.1', (t) => t.replace('10.05万元', '10.1万元')) }), at: 'explanation.10.1' },
  ]),
  inputCases(c01, [{ name: '控制数与计算一致', context: edited((j) => (j.controlTotals = { total: '100.00', basic: '75.05', threePublic: '1.50' })) }], [
    { name: '收支总计控制数差一分：先查支出明细，不改控制数', context: edited((j) => (j.controlTotals = { total: '100.01' })), at: 'controlTotals.total', message: /控制数“收支总计”为100\.01万元，由支出明细计算为100\.00万元（明细少0\.01万元）：请先核对支出明细（lineItems）.*控制数从预算系统抄录，一般不需修改/ },
  ]),
  inputCases(r01, [base, { name: '2022 模板不需要整体绩效', context: edited((j) => delete j.overallPerformance, 'luoyang-2022') }], [
    { name: '2024 模板缺整体绩效目标', context: edited((j) => delete j.overallPerformance), at: 'overallPerformance' },
  ]),
  inputCases(r02, [base, { name: '2022 模板不比较机构运转经费', context: edited((j) => delete j.prior.operatingFunds, 'luoyang-2022') }], [
    { name: '2024 模板缺上年机构运转经费', context: edited((j) => delete j.prior.operatingFunds), at: 'prior' },
  ]),
  inputCases(r03, [base, { name: '有增减也有原因', context: edited((j) => Object.assign(j, { prior: { ...j.prior, operatingFunds: '9.00' }, reasons: { ...j.reasons, operatingFunds: '人员增加' } })) }], [
    { name: '机构运转经费增加但没有原因', context: edited((j) => (j.prior.operatingFunds = '9.00')), at: 'reasons.operatingFunds' },
  ]),
  inputCases(i01, [base], [{ name: '支出明细的单位不存在', context: edited((j) => (j.lineItems[0]!.unit = '999999')), at: 'lineItems[0].unit' }]),
  inputCases(i02, [base], [
    { name: '项目支出明细没有项目', context: edited((j) => delete j.lineItems[3]!.project), at: 'lineItems[3].project' },
    { name: '项目支出明细指向不存在的项目', context: edited((j) => (j.lineItems[3]!.project = 'P999')), at: 'lineItems[3].project' },
  ]),
  inputCases(i03, [base], [{ name: '单位代码重复', context: edited((j) => j.units.push({ ...j.units[0]!, isBase: false })), at: 'units[1].code' }]),
  inputCases(i04, [base], [{ name: '没有本级单位', context: edited((j) => (j.units[0]!.isBase = false)), at: 'units' }]),
  inputCases(i05, [base], [{ name: '重点项目不存在', context: edited((j) => (j.keyEvaluationProjects = ['P999'])), at: 'keyEvaluationProjects[0]' }]),
  inputCases(i06, [base, { name: '编码相同而金额不同的两笔', context: edited((j) => j.lineItems.push({ ...j.lineItems[0]!, amount: '1.00' })) }], [
    { name: '整行重复录入（错误，指出前一行）', context: edited((j) => j.lineItems.push({ ...j.lineItems[1]! })), at: 'lineItems[5]', message: /与 lineItems\[1\] 的一笔完全相同：是否重复录入/ },
    { name: '编码和金额相同、资金来源不同（警告）', context: edited((j) => j.lineItems.push({ ...j.lineItems[1]!, source: '单位资金.事业收入' })), at: 'lineItems[5]', message: /只有资金来源不同/ },
  ]),
  inputCases(u01, [base, { name: '本年是上年的三倍：真实增长，不提示', context: edited((j) => (j.lineItems[4]!.amount = '223.45')) }], [
    {
      name: '全部金额按元填写（增长上万倍）：指出最大的一笔',
      context: edited((j) => j.lineItems.forEach((li) => (li.amount = (Number(li.amount) * 10000).toFixed(2)))),
      at: 'lineItems[0].amount',
      message: /本年收支总计1000000\.00万元是上年（95\.00万元）的10,526倍：支出明细金额是否按元填写？填报金额单位为万元/,
    },
    { name: '一笔按元填写：是本单位其余各笔合计的一千多倍', context: edited((j) => (j.lineItems[1]!.amount = '100500.00')), at: 'lineItems[1].amount', message: /是否按元填写？填报金额单位为万元（按元填写时应为10\.05万元）/ },
    { name: '上年数按元填写', context: edited((j) => (j.prior.total = '950000.00')), at: 'prior.total', message: /上年收支总计950000\.00万元是本年（100\.00万元）的9,500倍：上年数是否按元填写？填报金额单位为万元/ },
  ]),
  inputCases(a01, [base, { name: '有设备购置也有政府采购', context: edited((j) => j.lineItems.push({ unit: '900001', func: '2010302', econ: '31002', kind: '项目', project: 'P002', amount: '3.00' })) }], [
    { name: '有设备购置但政府采购为0（004）', context: edited((j) => { j.lineItems.push({ unit: '900001', func: '2010302', econ: '31002', kind: '项目', project: 'P002', amount: '3.00' }); j.procurement = { goods: '0', works: '0', services: '0' }; }), at: 'procurement' },
  ]),
  inputCases(a02, [
    base,
    { name: '“三公”增加且原因中有说明', context: edited((j) => { j.prior.threePublic.reception = '1.00'; j.reasons.total = '公务接待增加'; }) },
    { name: '“三公”增加且按项填写了原因（reasons.threePublic）', context: edited((j) => { j.prior.threePublic.reception = '1.00'; j.reasons.threePublic = { reception: '接待任务增加' }; }) },
  ], [
    { name: '“三公”增加而原因中未提', context: edited((j) => (j.prior.threePublic.reception = '1.00')), at: 'reasons' },
  ]),
  inputCases(a03, [
    base,
    { name: '控制率指标值≤100%（002）', context: edited((j) => (j.overallPerformance!.inputValues = { '“三公经费”控制率': '≤100%' })) },
    { name: '其他指标的百分比不受限（预算调整率≤20%）', context: edited((j) => (j.overallPerformance!.inputValues = { 预算调整率: '≤20%' })) },
  ], [
    {
      name: '控制率指标值≤10%（004-6）',
      context: edited((j) => (j.overallPerformance!.inputValues = { '“三公经费”控制率': '≤10%' })),
      at: 'overallPerformance.inputValues.“三公经费”控制率',
      message: /投入管理指标“三公经费”控制率的指标值为“≤10%”.*通常为“≤100%”/,
    },
  ]),
];
