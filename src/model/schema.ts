import * as z from 'zod';
import { Decimal } from './money.js';
import { code, isoDate, money, optionalText, text } from './schema-fields.js';
import { overallPerformanceSchema } from './schema-overall.js';
import { assetsSchema, operatingFundsContentsSchema, procurementSchema, purchaseOfServicesSchema, threePublicReasonsSchema } from './schema-matters.js';
import { TERMS } from './terms.js';

export { MAX_AMOUNT_DIGITS, money } from './schema-fields.js';
export { overallPerformanceSchema } from './schema-overall.js';

export const FUND_SOURCES = [
  '一般公共预算.财政拨款',
  '一般公共预算.行政事业性收费',
  '一般公共预算.专项收入',
  '一般公共预算.国有资产资源有偿使用收入',
  '一般公共预算.其他',
  '一般公共预算.一般债券',
  '一般性转移支付',
  '政府性基金.基金预算资金',
  '政府性基金.专项债券',
  '国有资本经营预算',
  '财政专户管理资金',
  '单位资金.事业收入',
  '单位资金.上级补助收入',
  '单位资金.附属单位上缴收入',
  '单位资金.事业单位经营收入',
  '单位资金.其他收入',
  '结转.一般公共预算',
  '结转.政府性基金',
  '结转.国有资本经营预算',
  '结转.财政专户管理资金',
  '结转.单位资金',
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const DEFAULT_SOURCE: FundSource = '一般公共预算.财政拨款';

export const PROJECT_TYPES = ['其他运转类', '特定目标类'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

const unitCode = code(TERMS.unitCode, /^[0-9A-Za-z]{1,20}$/, '必须是1–20位数字或字母');

export const unitSchema = z.strictObject({
  code: unitCode,
  name: text(TERMS.unitName, 200),
  type: z.enum(['行政', '事业'], { message: '单位类型必须是“行政”或“事业”（参公单位填“行政”）' }).meta({ title: TERMS.unitType }),
  isBase: z.boolean({ message: '是否本级必须是 true 或 false' }).meta({ title: TERMS.isBase }),
  divisions: z.array(text('内设科室', 200)).max(500).default([]).meta({ title: TERMS.divisions }),
});

export const lineItemSchema = z.strictObject({
  unit: unitCode,
  func: code(TERMS.func, /^\d{7}$/, '必须是7位“项”级编码，例如 2010301'),
  econ: code(TERMS.econ, /^\d{5}$/, '必须是5位“款”级编码，例如 30101'),
  govEcon: code(TERMS.govEcon, /^\d{5}$/, '必须是5位“款”级编码，例如 50101').optional(),
  kind: z.enum(['基本', '项目'], { message: '支出类型必须是“基本”或“项目”' }).meta({ title: TERMS.kind }),
  project: text(TERMS.projectCode, 64).optional(),
  source: z
    .enum(FUND_SOURCES, { message: `资金来源必须是以下之一：${FUND_SOURCES.join('、')}` })
    .default(DEFAULT_SOURCE)
    .meta({ title: TERMS.source }),
  amount: money(),
  funcName: optionalText('功能科目名称', 200),
  econName: optionalText('经济科目名称', 200),
  govEconName: optionalText('政府经济科目名称', 200),
});

const indicatorSchema = z.strictObject({
  name: text(TERMS.indicatorName, 500),
  value: z.string({ message: '指标值必须是文本' }).trim().max(500).meta({ title: TERMS.indicatorValue }),
});

export const projectSchema = z.strictObject({
  code: text(TERMS.projectCode, 64),
  name: text(TERMS.projectName, 500),
  unit: unitCode,
  type: z.enum(PROJECT_TYPES, { message: '项目类型必须是“其他运转类”或“特定目标类”' }).meta({ title: TERMS.projectType }),
  alias: optionalText(TERMS.projectAlias, 500).meta({ title: TERMS.projectAlias, description: '项目的第二个名称（例如绩效目标表中使用的名称），按模板选项打印，可不填' }),
  indicators: z
    .strictObject({
      cost: z.array(indicatorSchema).max(200).default([]).meta({ title: TERMS.cost }),
      output: z.array(indicatorSchema).max(200).default([]).meta({ title: TERMS.output }),
      effect: z.array(indicatorSchema).max(200).default([]).meta({ title: TERMS.effect }),
      satisfaction: z.array(indicatorSchema).max(200).default([]).meta({ title: TERMS.satisfaction }),
    })
    .default({ cost: [], output: [], effect: [], satisfaction: [] })
    .meta({ title: TERMS.indicators }),
});

const threePublicSchema = z.strictObject({
  abroad: money(TERMS.abroad).default(new Decimal(0)),
  reception: money(TERMS.reception).default(new Decimal(0)),
  vehiclePurchase: money(TERMS.vehiclePurchase).default(new Decimal(0)),
  vehicleOps: money(TERMS.vehicleOps).default(new Decimal(0)),
});

export const priorSchema = z.strictObject({
  total: money(TERMS.priorTotal),
  totalIncome: money(TERMS.priorIncome).optional(),
  totalExpenditure: money(TERMS.priorExpenditure).optional(),
  generalPublic: money(TERMS.priorGeneralPublic),
  govFund: money(TERMS.priorGovFund).default(new Decimal(0)),
  stateCapital: money(TERMS.priorStateCapital).default(new Decimal(0)),
  threePublic: threePublicSchema,
  operatingFunds: money(TERMS.priorOperatingFunds).optional(),
});

export const reasonsSchema = z.strictObject({
  total: text('收支总计变动的主要原因', 2000),
  income: optionalText('收入变动的主要原因', 2000),
  expenditure: optionalText('支出变动的主要原因', 2000),
  generalPublic: optionalText('一般公共预算变动的主要原因', 2000),
  govFund: optionalText('政府性基金预算变动的主要原因', 2000),
  stateCapital: optionalText('国有资本经营预算变动的主要原因', 2000),
  operatingFunds: optionalText('机构运转经费变动的主要原因', 2000),
  threePublic: threePublicReasonsSchema.optional(),
});

export const CONTROL_TOTAL_KEYS = {
  total: '收支总计',
  income: '本年收入合计',
  expenditure: '本年支出合计',
  generalPublic: '一般公共预算',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  operating: '公用经费',
  threePublic: '“三公”经费合计',
  operatingFunds: '机构运转经费',
} as const;
export type ControlTotalKey = keyof typeof CONTROL_TOTAL_KEYS;

const controlTotalsSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(CONTROL_TOTAL_KEYS).map(([key, label]) => [key, money(label).optional()]),
    ) as { [K in ControlTotalKey]: z.ZodOptional<ReturnType<typeof money>> },
  )
  .meta({ title: TERMS.controlTotals, description: '从预算系统抄录的控制数，用于与计算结果核对' });

/** The one input schema: JSON and the workbook both parse into it (spec §4.2). */
export const budgetInputSchema = z
  .strictObject({
    $schema: z.string().optional(),
    year: z
      .number({ message: '预算年度必须是整数，例如 2024' })
      .int({ message: '预算年度必须是整数' })
      .min(2000, { message: '预算年度不能早于2000年' })
      .max(2100, { message: '预算年度不能晚于2100年' })
      .meta({ title: TERMS.year }),
    edition: z
      .string()
      .regex(/^E\d{4}$/, { message: '版式必须形如 E2024' })
      .optional()
      .meta({ title: TERMS.edition, description: '模板版次，缺省按年度选择' }),
    profile: z
      .string()
      .min(1, { message: '模板不能为空：写随附模板的 id（如 luoyang-2024）或模板目录的路径' })
      .optional()
      .meta({ title: TERMS.profile, description: '随附模板的 id（如 luoyang-2024），或模板目录的路径（相对路径相对于本填报文件所在的目录）；缺省按版次选择' }),
    publicationDate: isoDate(TERMS.publicationDate)
      .optional()
      .meta({ title: TERMS.publicationDate, description: '公开日期，例如 "2025-02-20"：写入生成的 Word 和 Excel 文件的创建日期；可不填' }),
    scope: z.enum(['部门', '单位'], { message: '预算范围必须是“部门”或“单位”' }).meta({ title: TERMS.scope }),
    level: z.string().trim().max(20).optional().meta({ title: TERMS.level }),
    department: z
      .strictObject({
        code: unitCode.meta({ title: TERMS.departmentCode }),
        name: text(TERMS.departmentName, 200),
        shortName: optionalText(TERMS.shortName, 200),
        bodyWord: optionalText(TERMS.bodyWord, 50),
        parentCode: unitCode.meta({ title: TERMS.parentCode, description: '单位公开时所属部门的编码（表格可加印部门行），可不填' }).optional(),
        parentName: optionalText(TERMS.parentName, 200),
      })
      .refine((d) => (d.parentCode === undefined) === (d.parentName === undefined), {
        message: '所属部门代码和所属部门名称应同时填写或同时不填',
        path: ['parentName'],
      })
      .meta({ title: TERMS.department }),
    units: z.array(unitSchema).min(1, { message: '至少填写一个预算单位' }).max(5000).meta({ title: TERMS.units }),
    overview: z
      .strictObject({
        duties: z.array(text('职责', 4000)).min(1, { message: '主要职责至少填写一条' }).max(200).meta({ title: TERMS.duties }),
        dutyNumbering: z.enum(['cn-paren', 'arabic-dot']).optional().meta({ title: TERMS.dutyNumbering }),
      })
      .meta({ title: TERMS.overview }),
    lineItems: z.array(lineItemSchema).max(1_000_000).meta({ title: TERMS.lineItems }),
    projects: z.array(projectSchema).max(100_000).default([]).meta({ title: TERMS.projects }),
    prior: priorSchema.meta({ title: TERMS.prior }),
    reasons: reasonsSchema.meta({ title: TERMS.reasons }),
    procurement: procurementSchema,
    purchaseOfServices: purchaseOfServicesSchema.optional(),
    operatingFundsContents: operatingFundsContentsSchema.optional(),
    assets: assetsSchema,
    transferPayments: z
      .array(z.strictObject({ name: text('专项转移支付项目名称', 500), amount: money() }))
      .max(10_000)
      .default([])
      .meta({ title: TERMS.transferPayments }),
    keyEvaluationProjects: z.array(text(TERMS.projectCode, 64)).max(10_000).default([]).meta({ title: TERMS.keyEvaluationProjects }),
    overallPerformance: overallPerformanceSchema.optional().meta({ title: TERMS.overallPerformance }),
    format: z
      .strictObject({
        zeroStyle: z.enum(['0', '0.00']).optional().meta({ title: TERMS.zeroStyle }),
      })
      .optional()
      .meta({ title: TERMS.format }),
    controlTotals: controlTotalsSchema.optional(),
  })
  .meta({ title: '部门预算公开填报数据', description: 'yusuan 输入：一个部门或单位的预算事实（金额单位：万元）' });

/** A parsed, trusted budget input: money is Decimal from here on. */
export type BudgetInput = z.output<typeof budgetInputSchema>;
export type Unit = BudgetInput['units'][number];
export type LineItem = BudgetInput['lineItems'][number];
export type Project = BudgetInput['projects'][number];
export type Indicator = Project['indicators']['cost'][number];
export type OverallPerformance = NonNullable<BudgetInput['overallPerformance']>;
export type PriorYear = BudgetInput['prior'];
export type Reasons = BudgetInput['reasons'];

/** What a JSON input file looks like before parsing (money as strings). */
export type BudgetInputJson = z.input<typeof budgetInputSchema>;
