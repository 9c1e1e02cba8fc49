import { ZERO, type Decimal } from '../../model/money.js';
import { flagOption, type BodyRow, type TableSpec } from './spec.js';

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
    const s = f.sources;
    const income: [string, Decimal | undefined][] = [
      ['一、一般公共预算', s.generalPublic],
      ['其中：财政拨款', s.generalPublicAppropriation],
      ['二、政府性基金预算拨款收入', s.govFund],
      ['三、国有资本经营预算拨款收入', s.stateCapital],
      ['四、财政专户管理资金收入', s.fiscalAccount],
      ['五、事业收入', s.businessIncome],
      ['六、事业单位经营收入', s.operatingIncome],
      ['七、上级补助收入', s.superiorSubsidy],
      ['八、附属单位上缴收入', s.affiliatedRemit],
      ['九、其他收入', s.otherIncome],
    ];
    const body: BodyRow[] = INCOME_EXPENDITURE_CLASSES.map(([label, code], i) => ({
      cells: {
        incomeItem: income[i]?.[0],
        incomeAmount: income[i]?.[1],
        expenditureItem: label,
        expenditureAmount: f.byClass.get(code)?.all ?? ZERO,
      },
    }));
    const yearEnd = { amount: ZERO, showZero: flagOption(ctx, 'showZeroYearEndBalance', false) };
    const expenditure = f.expenditure.total;
    return [
      ...body,
      { cells: { incomeItem: '本年收入合计', incomeAmount: f.income, expenditureItem: '本年支出合计', expenditureAmount: expenditure }, bold: true },
      { cells: { incomeItem: '上年结转结余', incomeAmount: f.carryOver, expenditureItem: '年终结转结余', expenditureAmount: yearEnd } },
      { cells: { incomeItem: '收入总计', incomeAmount: f.total, expenditureItem: '支出总计', expenditureAmount: expenditure }, bold: true },
    ];
  },
  isEmpty: (ctx) => ctx.figures.total.isZero(),
};
