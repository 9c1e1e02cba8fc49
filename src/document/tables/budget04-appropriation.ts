import type { ClassAmounts } from '../../compute/figures.js';
import { ZERO, sum, type Decimal } from '../../model/money.js';
import type { BodyRow, CellInput, ColumnSpec, TableSpec } from './spec.js';

/** 04表 right column: labels and 类 codes (spec §3.4); `null` = the legacy row that is always empty. */
export const APPROPRIATION_CLASSES: readonly (readonly [string, string | null])[] = [
  ['（一）一般公共服务支出', '201'],
  ['（二）外交支出', '202'],
  ['（三）国防支出', '203'],
  ['（四）公共安全支出', '204'],
  ['（五）教育支出', '205'],
  ['（六）科学技术支出', '206'],
  ['（七）文化体育旅游与传媒支出', '207'],
  ['（八）社会保障和就业支出', '208'],
  ['（九）医疗卫生与计划生育支出', null],
  ['（十）卫生健康支出', '210'],
  ['（十一）节能环保支出', '211'],
  ['（十二）城乡社区事务支出', '212'],
  ['（十三）农林水事务支出', '213'],
  ['（十四）交通运输支出', '214'],
  ['（十五）资源勘探信息等支出', '215'],
  ['（十六）商业服务业等支出', '216'],
  ['（十七）金融支出', '217'],
  ['（十九）援助其他地区支出', '219'],
  ['（二十）自然资源海洋气象等支出', '220'],
  ['（二十一）住房保障支出', '221'],
  ['（二十二）粮油物资储备支出', '222'],
  ['（二十三）国有资本经营预算', '223'],
  ['（二十四）灾害防治及应急管理', '224'],
  ['（二十七）预备费', '227'],
  ['（二十九）其他支出', '229'],
  ['（三十）转移性支出', '230'],
  ['（三十一）债务还本支出', '231'],
  ['（三十二）债务付息支出', '232'],
  ['（三十三）债务发行费用支出', '233'],
  ['（三十四）抗疫特别国债安排的支出', '234'],
];

const OUT = '支出';
const COLUMNS: ColumnSpec[] = [
  { key: 'incomeItem', header: ['收入', '项目'], kind: 'label', minWidth: 26 },
  { key: 'incomeAmount', header: ['收入', '金额'], kind: 'amount' },
  { key: 'expenditureItem', header: [OUT, '项目'], kind: 'label', minWidth: 34 },
  { key: 'total', header: [OUT, '合计'], kind: 'amount' },
  { key: 'generalPublic', header: [OUT, '一般公共预算', '小计'], kind: 'amount' },
  { key: 'appropriation', header: [OUT, '一般公共预算', '其中：财政拨款'], kind: 'amount' },
  { key: 'govFund', header: [OUT, '政府性基金'], kind: 'amount' },
  { key: 'stateCapital', header: [OUT, '国有资本经营预算'], kind: 'amount' },
];

const NONE: ClassAmounts = { all: ZERO, generalPublic: ZERO, generalPublicAppropriation: ZERO, govFund: ZERO, stateCapital: ZERO };

function spending(c: ClassAmounts): Record<string, CellInput> {
  return {
    total: c.generalPublic.plus(c.govFund).plus(c.stateCapital),
    generalPublic: c.generalPublic,
    appropriation: c.generalPublicAppropriation,
    govFund: c.govFund,
    stateCapital: c.stateCapital,
  };
}

function totalOf(list: readonly ClassAmounts[]): ClassAmounts {
  const pick = (k: keyof ClassAmounts) => sum(list.map((c) => c[k]));
  return { all: pick('all'), generalPublic: pick('generalPublic'), generalPublicAppropriation: pick('generalPublicAppropriation'), govFund: pick('govFund'), stateCapital: pick('stateCapital') };
}

/**
 * 预算04表 财政拨款收支预算表 (spec §3.4): 财政拨款 only (一般公共预算, 政府性基金, 国有资本). Left: 本年收入
 * and 上年结转 by fund; right: 一、本年支出, 31 类 rows (full-width ordinals: 002-10), 二、年终结转结余.
 */
export const budget04: TableSpec = {
  key: 'appropriation-income-expenditure',
  columns: () => COLUMNS,
  rows(ctx) {
    const s = ctx.figures.sources;
    const current = s.generalPublic.plus(s.govFund).plus(s.stateCapital);
    const carry = s.carryGeneralPublic.plus(s.carryGovFund).plus(s.carryStateCapital);
    const left: [string, Decimal | undefined][] = [
      ['一、本年收入', current],
      ['（一）一般公共预算拨款', s.generalPublic],
      ['其中：财政拨款', s.generalPublicAppropriation],
      ['（二）政府性基金预算拨款', s.govFund],
      ['（三）国有资本经营预算拨款', s.stateCapital],
      ['二、上年结转', carry],
      ['（一）一般公共预算拨款', s.carryGeneralPublic],
      ['（二）政府性基金预算拨款', s.carryGovFund],
      ['（三）国有资本经营预算拨款', s.carryStateCapital],
    ];
    const classes = APPROPRIATION_CLASSES.map(([label, code]) => [label, code ? (ctx.figures.byClass.get(code) ?? NONE) : NONE] as const);
    const spent = totalOf(classes.map(([, c]) => c));
    const right: [string, Record<string, CellInput>][] = [
      ['一、本年支出', spending(spent)],
      ...classes.map(([label, c]): [string, Record<string, CellInput>] => [label, spending(c)]),
      ['二、年终结转结余', {}],
    ];
    const rows: BodyRow[] = right.map(([label, cells], i) => ({
      cells: { incomeItem: left[i]?.[0], incomeAmount: left[i]?.[1], expenditureItem: label, ...cells },
    }));
    rows.push({ cells: { incomeItem: '收入合计', incomeAmount: current.plus(carry), expenditureItem: '支出合计', ...spending(spent) }, bold: true });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.sources.generalPublic.plus(ctx.figures.sources.govFund).plus(ctx.figures.sources.stateCapital).isZero(),
};
