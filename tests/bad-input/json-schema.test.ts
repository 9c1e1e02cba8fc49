import { describe, it } from 'vitest';
import { at, expectRefused, item, mutated, runCase, type BadCase } from './harness.js';
import type { BudgetInputJson } from '../../src/model/schema.js';

type Input = BudgetInputJson & Record<string, unknown>;
const schema = (title: string, path: string, edit: (input: Input) => void, message?: RegExp): BadCase => ({
  title,
  file: 'input.json',
  input: mutated(edit),
  rule: 'S01',
  at: path,
  ...(message ? { message } : {}),
});
const amount = (title: string, value: unknown, message?: RegExp) =>
  schema(`金额：${title}`, 'lineItems[0].amount', (i) => void (item(i, 0).amount = value), message);
const drop = (path: string, ...keys: (string | number)[]) =>
  schema(`缺少必填项 ${path}`, path, (i) => {
    const last = keys.pop();
    delete (keys.length ? at(i, ...keys) : (i as Record<string, unknown>))[String(last)];
  }, /缺少必填项/);

/** Inputs that parse as JSON but break the schema: each names the field's path. */
export const SCHEMA_CASES: BadCase[] = [
  amount('数字而非字符串', 60, /数字字符串/),
  amount('负数', '-5', /不小于0/),
  amount('三位小数', '1.234', /最多两位小数/),
  amount('"NaN"', 'NaN'),
  amount('"1e5" 科学计数法', '1e5'),
  amount('13 位整数（过大）', '1234567890123', /过大：整数部分最多 12 位/),
  amount('16 位整数：说的是位数上限，不是小数位', '1000000000000000', /^(?!.*两位小数).*过大：整数部分最多 12 位/),
  amount('空字符串', ''),
  amount('逗号作小数点', '12,30'),
  amount('千分位逗号', '1,200.00'),
  amount('全角数字', '１２.３０'),
  amount('"Infinity"', 'Infinity'),
  amount('null', null),
  amount('布尔值', true),
  amount('对象', { value: '1.00' }),
  amount('带单位“万元”', '12.30万元'),
  amount('十六进制', '0x10'),
  amount('带正号', '+5'),
  amount('只有空格', '   '),
  schema('上年收支总计不是数字', 'prior.total', (i) => void (at(i, 'prior').total = 'abc')),
  schema('上年“三公”出国费三位小数', 'prior.threePublic.abroad', (i) => void (at(i, 'prior', 'threePublic').abroad = '1.001')),
  schema('政府采购货物为负数', 'procurement.goods', (i) => void (at(i, 'procurement').goods = '-1.00')),
  schema('专项转移支付金额为负', 'transferPayments[0].amount', (i) => void (i.transferPayments = [{ name: '补助', amount: '-1' }])),
  schema('控制数不是数字', 'controlTotals.total', (i) => void (i.controlTotals = { total: '一百' })),
  schema('年度是字符串', 'year', (i) => void (i.year = '2024' as unknown as number), /整数/),
  schema('年度有小数', 'year', (i) => void (i.year = 2024.5)),
  schema('年度早于2000', 'year', (i) => void (i.year = 1999)),
  schema('年度晚于2100', 'year', (i) => void (i.year = 2101)),
  schema('预算范围不是“部门”或“单位”', 'scope', (i) => void (i.scope = '县' as '部门')),
  schema('版式格式错误', 'edition', (i) => void (i.edition = '2024')),
  schema('模板为空', 'profile', (i) => void (i.profile = '')),
  schema('单位列表是对象', 'units', (i) => void (i.units = {} as never)),
  schema('单位列表为空', 'units', (i) => void (i.units = []), /至少/),
  schema('单位类型无效', 'units[0].type', (i) => void (at(i, 'units', 0).type = '企业')),
  schema('是否本级写成字符串', 'units[0].isBase', (i) => void (at(i, 'units', 0).isBase = 'true')),
  schema('单位代码含空格', 'units[0].code', (i) => void (at(i, 'units', 0).code = '900 001')),
  schema('单位代码超过20位', 'units[0].code', (i) => void (at(i, 'units', 0).code = '9'.repeat(21))),
  schema('单位名称超过200字', 'units[0].name', (i) => void (at(i, 'units', 0).name = '很'.repeat(5000)), /200/),
  schema('单位名称只有空格', 'units[0].name', (i) => void (at(i, 'units', 0).name = '   '), /不能为空/),
  schema('支出明细是字符串', 'lineItems', (i) => void (i.lineItems = 'none' as never)),
  schema('支出明细中有 null', 'lineItems[0]', (i) => void ((i.lineItems as unknown[])[0] = null)),
  schema('功能分类6位', 'lineItems[0].func', (i) => void (item(i, 0).func = '201030'), /7位/),
  schema('功能分类是数字', 'lineItems[0].func', (i) => void (item(i, 0).func = 2010301)),
  schema('经济分类含字母', 'lineItems[0].econ', (i) => void (item(i, 0).econ = '3010A'), /5位/),
  schema('政府经济分类4位', 'lineItems[0].govEcon', (i) => void (item(i, 0).govEcon = '5010')),
  schema('支出类型无效', 'lineItems[0].kind', (i) => void (item(i, 0).kind = '其它')),
  schema('资金来源无效', 'lineItems[0].source', (i) => void (item(i, 0).source = '自筹资金')),
  schema('支出明细字段拼错', 'lineItems[0]', (i) => void (item(i, 0).amout = '1.00'), /无法识别的字段：amout/),
  schema('根上字段拼错', '(根)', (i) => void (i.lineitems = []), /无法识别的字段：lineitems/),
  schema('车辆数为负', 'assets.vehicles.general', (i) => void (at(i, 'assets', 'vehicles').general = -1)),
  schema('车辆数有小数', 'assets.vehicles.general', (i) => void (at(i, 'assets', 'vehicles').general = 1.5)),
  schema('车辆数写成字符串', 'assets.vehicles.general', (i) => void (at(i, 'assets', 'vehicles').general = '3')),
  schema('车辆数过大', 'assets.vehicles.general', (i) => void (at(i, 'assets', 'vehicles').general = 1e12)),
  schema('主要职责为空列表', 'overview.duties', (i) => void (i.overview.duties = []), /至少/),
  schema('主要职责超过4000字', 'overview.duties[0]', (i) => void (i.overview.duties[0] = '责'.repeat(4001)), /4000/),
  schema('年度主要任务为空列表', 'overallPerformance.tasks', (i) => void (at(i, 'overallPerformance').tasks = [])),
  schema('整体绩效二级指标无效', 'overallPerformance.output[0].level2', (i) => void (at(i, 'overallPerformance', 'output', 0).level2 = '其他')),
  schema('项目类型无效', 'projects[0].type', (i) => void (at(i, 'projects', 0).type = '运转类')),
  schema('绩效指标名称为空', 'projects[0].indicators.cost[0].name', (i) => void (at(i, 'projects', 0, 'indicators', 'cost', 0).name = '')),
  schema('重点评价项目写成字符串', 'keyEvaluationProjects', (i) => void (i.keyEvaluationProjects = 'P001' as never)),
  schema('零值样式无效', 'format.zeroStyle', (i) => void (i.format = { zeroStyle: '0.0' as '0' })),
  schema('$schema 是数字', '$schema', (i) => void (i.$schema = 5 as never)),
  schema('部门代码为空', 'department.code', (i) => void (at(i, 'department').code = '')),
  drop('year', 'year'),
  drop('scope', 'scope'),
  drop('department', 'department'),
  drop('units', 'units'),
  drop('overview', 'overview'),
  drop('lineItems', 'lineItems'),
  drop('prior', 'prior'),
  drop('reasons', 'reasons'),
  drop('procurement', 'procurement'),
  drop('assets', 'assets'),
  drop('department.name', 'department', 'name'),
  drop('units[0].code', 'units', 0, 'code'),
  drop('lineItems[0].amount', 'lineItems', 0, 'amount'),
  drop('lineItems[0].func', 'lineItems', 0, 'func'),
  drop('projects[0].name', 'projects', 0, 'name'),
  drop('prior.threePublic', 'prior', 'threePublic'),
  drop('reasons.total', 'reasons', 'total'),
  drop('assets.vehicles.general', 'assets', 'vehicles', 'general'),
];

describe('坏输入：不符合填报结构（S01，指出字段路径，不写任何文件）', () => {
  for (const c of SCHEMA_CASES) it(c.title, async () => expectRefused(await runCase(c), c));
});
