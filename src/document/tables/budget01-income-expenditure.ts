import { carryOver, currentIncome, grandTotal, type SourceAmounts } from '../../compute/sources.js';
import { ZERO, type Decimal } from '../../model/money.js';
import { bySources, byFunction, NOTHING } from './selectors.js';
import * as z from 'zod';
import { flagOption, tableOptions, type BodyRow, type Selector, type TableSpec } from './spec.js';

/** The income rows (left half) of 01: row key, printed label, the source-derived amount. */
const INCOME_ROWS: readonly (readonly [string, string, (s: SourceAmounts) => Decimal])[] = [
  ['general-public', '一、一般公共预算', (s) => s.generalPublic],
  ['general-public-appropriation', '其中：财政拨款', (s) => s.generalPublicAppropriation],
  ['gov-fund', '二、政府性基金预算拨款收入', (s) => s.govFund],
  ['state-capital', '三、国有资本经营预算拨款收入', (s) => s.stateCapital],
  ['fiscal-account', '四、财政专户管理资金收入', (s) => s.fiscalAccount],
  ['business-income', '五、事业收入', (s) => s.businessIncome],
  ['operating-income', '六、事业单位经营收入', (s) => s.operatingIncome],
  ['superior-subsidy', '七、上级补助收入', (s) => s.superiorSubsidy],
  ['affiliated-remit', '八、附属单位上缴收入', (s) => s.affiliatedRemit],
  ['other-income', '九、其他收入', (s) => s.otherIncome],
];

const ALL: Selector = { label: '', test: () => true };

/** 01表 right column: the template's 类 labels and codes (spec §3.1; labels printed exactly as listed). */
export const INCOME_EXPENDITURE_CLASSES: readonly (readonly [string, string])[] = [
  ['一、一般公共服务', '201'],
  ['二、外交', '202'],
  ['三、国防', '203'],
  ['四、公共安全', '204'],
  ['五、教育', '205'],
  ['六、科学技术', '206'],
  ['七、文化旅游体育与传媒', '207'],
  ['八、社会保障和就业', '208'],
  ['九、社会保险基金支出', '209'],
  ['十、卫生健康', '210'],
  ['十一、节能环保', '211'],
  ['十二、城乡社区事务', '212'],
  ['十三、农林水事务', '213'],
  ['十四、交通运输', '214'],
  ['十五、资源勘探信息等', '215'],
  ['十六、商业服务业等', '216'],
  ['十七、金融支出', '217'],
  ['十九、援助其他地区支出', '219'],
  ['二十、自然资源海洋气象等支出', '220'],
  ['二十一、住房保障支出', '221'],
  ['二十二、粮油物资储备支出', '222'],
  ['二十三、国有资本经营预算', '223'],
  ['二十四、灾害防治及应急管理', '224'],
  ['二十七、预备费', '227'],
  ['二十九、其他支出', '229'],
  ['三十、转移性支出', '230'],
  ['三十一、债务还本支出', '231'],
  ['三十二、债务付息支出', '232'],
  ['三十三、债务发行费用支出', '233'],
  ['三十四、抗疫特别国债安排的支出', '234'],
];

/**
 * 预算01表 收支预算表 (spec §3.1): 30 paired rows (income sources left, 功能 类 right), then 本年合计,
 * 结转 and 总计. Option `showZeroYearEndBalance` prints 年终结转结余 as `0.00` (E2023/E2024).
 */
export const budget01: TableSpec = {
  key: 'income-expenditure',
  columns: () => [
    { key: 'incomeItem', header: ['收入', '项目'], kind: 'label', minWidth: 34 },
    { key: 'incomeAmount', header: ['收入', '金额'], kind: 'amount', minWidth: 12 },
    { key: 'expenditureItem', header: ['支出', '项目'], kind: 'label', minWidth: 34 },
    { key: 'expenditureAmount', header: ['支出', '金额'], kind: 'amount', minWidth: 12 },
  ],
  rows(ctx) {
    const f = ctx.figures;
    const body: BodyRow[] = INCOME_EXPENDITURE_CLASSES.map(([label, code], i) => {
      const income = INCOME_ROWS[i];
      return {
        key: income?.[0] ?? `class:${code}`,
        ...(income ? { select: bySources(income[1], income[2]) } : {}),
        cells: {
          incomeItem: income?.[1],
          incomeAmount: income?.[2](f.sources),
          expenditureItem: { text: label, row: `class:${code}`, select: byFunction(code) },
          expenditureAmount: { amount: f.byClass.get(code)?.all ?? ZERO, row: `class:${code}`, select: byFunction(code) },
        },
      };
    });
    const yearEnd = { amount: ZERO, showZero: flagOption(ctx, 'showZeroYearEndBalance', false), row: 'year-end-balance', select: NOTHING };
    const expenditure = f.expenditure.total;
    const right = (text: string, row: string) => ({
      expenditureItem: { text, row, select: ALL },
      expenditureAmount: { amount: expenditure, row, select: ALL },
    });
    return [
      ...body,
      { key: 'income-total', select: bySources('本年收入', currentIncome), cells: { incomeItem: '本年收入合计', incomeAmount: f.income, ...right('本年支出合计', 'expenditure-total') }, bold: true },
      {
        key: 'carry-over',
        select: bySources('上年结转结余', carryOver),
        cells: { incomeItem: '上年结转结余', incomeAmount: f.carryOver, expenditureItem: { text: '年终结转结余', row: 'year-end-balance' }, expenditureAmount: yearEnd },
      },
      { key: 'grand-total', select: bySources('收入总计', grandTotal), cells: { incomeItem: '收入总计', incomeAmount: f.total, ...right('支出总计', 'expenditure-grand-total') }, bold: true },
    ];
  },
  isEmpty: (ctx) => ctx.figures.total.isZero(),
  optionsSchema: tableOptions({
    showZeroYearEndBalance: z.boolean().optional().meta({ description: '“年终结转结余”为零时是否印“0.00”（默认否，印空白；E2023/E2024 为是）' }),
  }),
};
