import * as z from 'zod';
import type { ClassAmounts } from '../../compute/figures.js';
import { Decimal, ZERO, sum } from '../../model/money.js';
import { bySources, byFamily, byFunction, byFundSources, NOTHING } from './selectors.js';
import type { BodyRow, CellInput, ColumnSpec, Selector, TableSpec } from './spec.js';
import { flagOption, tableOptions } from './spec.js';

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
const APPROPRIATION_FAMILIES: readonly Selector[] = [byFamily('', 'generalPublic'), byFamily('', 'govFund'), byFamily('', 'stateCapital')];

const COLUMNS: ColumnSpec[] = [
  { key: 'incomeItem', header: ['收入', '项目'], kind: 'label', minWidth: 26 },
  { key: 'incomeAmount', header: ['收入', '金额'], kind: 'amount' },
  { key: 'expenditureItem', header: [OUT, '项目'], kind: 'label', minWidth: 34 },
  { key: 'total', header: [OUT, '合计'], kind: 'amount', select: { label: '财政拨款三类预算', test: (i) => APPROPRIATION_FAMILIES.some((f) => f.test(i)) } },
  { key: 'generalPublic', header: [OUT, '一般公共预算', '小计'], kind: 'amount', select: byFamily('一般公共预算', 'generalPublic') },
  { key: 'appropriation', header: [OUT, '一般公共预算', '其中：财政拨款'], kind: 'amount', select: byFundSources('财政拨款', ['一般公共预算.财政拨款']) },
  { key: 'govFund', header: [OUT, '政府性基金'], kind: 'amount', select: byFamily('政府性基金', 'govFund') },
  { key: 'stateCapital', header: [OUT, '国有资本经营预算'], kind: 'amount', select: byFamily('国有资本经营预算', 'stateCapital') },
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

/** A cell of the right half of a paired row: its own row key and item selector. */
function asRightCell(value: CellInput, row: string, select: Selector): CellInput {
  if (value === undefined) return { row, select };
  if (typeof value === 'string') return { text: value, row, select };
  if (Decimal.isDecimal(value)) return { amount: value, row, select };
  return { ...value, row, select };
}

/** Adds the right half of a paired row to its left cells: the label, then the amounts, each a right cell. */
function rightHalf(cells: Record<string, CellInput>, label: string, amounts: Readonly<Record<string, CellInput>>, row: string, select: Selector): Record<string, CellInput> {
  cells.expenditureItem = asRightCell(label, row, select);
  for (const key in amounts) cells[key] = asRightCell(amounts[key], row, select);
  return cells;
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
    const left: [string, string, Decimal, Selector][] = [
      ['current', '一、本年收入', current, bySources('本年收入', (a) => a.generalPublic.plus(a.govFund).plus(a.stateCapital))],
      ['general-public', '（一）一般公共预算拨款', s.generalPublic, bySources('一般公共预算拨款', (a) => a.generalPublic)],
      ['general-public-appropriation', '其中：财政拨款', s.generalPublicAppropriation, bySources('财政拨款', (a) => a.generalPublicAppropriation)],
      ['gov-fund', '（二）政府性基金预算拨款', s.govFund, bySources('政府性基金预算拨款', (a) => a.govFund)],
      ['state-capital', '（三）国有资本经营预算拨款', s.stateCapital, bySources('国有资本经营预算拨款', (a) => a.stateCapital)],
      ['carry', '二、上年结转', carry, bySources('上年结转', (a) => a.carryGeneralPublic.plus(a.carryGovFund).plus(a.carryStateCapital))],
      ['carry-general-public', '（一）一般公共预算拨款', s.carryGeneralPublic, bySources('上年结转一般公共预算', (a) => a.carryGeneralPublic)],
      ['carry-gov-fund', '（二）政府性基金预算拨款', s.carryGovFund, bySources('上年结转政府性基金', (a) => a.carryGovFund)],
      ['carry-state-capital', '（三）国有资本经营预算拨款', s.carryStateCapital, bySources('上年结转国有资本经营预算', (a) => a.carryStateCapital)],
    ];
    // The Luoyang template keeps the retired （九）医疗卫生与计划生育支出 row (spec §3.4); a profile may drop it.
    const listed = flagOption(ctx, 'retiredClassRows', true) ? APPROPRIATION_CLASSES : APPROPRIATION_CLASSES.filter(([, code]) => code !== null);
    const classes = listed.map(([label, code], i) => [label, code ? (ctx.figures.byClass.get(code) ?? NONE) : NONE, code ? `class:${code}` : `class:legacy-${i + 1}`, code ? byFunction(code) : NOTHING] as const);
    const spent = totalOf(classes.map(([, c]) => c));
    const ALL: Selector = { label: '', test: () => true };
    const right: [string, string, Record<string, CellInput>, Selector][] = [
      ['一、本年支出', 'expenditure', spending(spent), ALL],
      ...classes.map(([label, c, key, select]): [string, string, Record<string, CellInput>, Selector] => [label, key, spending(c), select]),
      ['二、年终结转结余', 'year-end-balance', {}, NOTHING],
    ];
    const rows: BodyRow[] = right.map(([label, rowKey, cells, select], i) => {
      const l = left[i];
      const half = rightHalf({ incomeItem: l?.[1], incomeAmount: l?.[2] }, label, cells, rowKey, select);
      return { key: l?.[0] ?? rowKey, ...(l ? { select: l[3] } : {}), cells: half };
    });
    const incomeTotal = bySources('收入合计', (a) => a.generalPublic.plus(a.govFund).plus(a.stateCapital).plus(a.carryGeneralPublic).plus(a.carryGovFund).plus(a.carryStateCapital));
    const totals = rightHalf({ incomeItem: '收入合计', incomeAmount: current.plus(carry) }, '支出合计', spending(spent), 'expenditure-total', ALL);
    rows.push({ key: 'income-total', select: incomeTotal, cells: totals, bold: true });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.sources.generalPublic.plus(ctx.figures.sources.govFund).plus(ctx.figures.sources.stateCapital).isZero(),
  optionsSchema: tableOptions({
    retiredClassRows: z
      .boolean()
      .optional()
      .meta({ description: '是否保留已停用的功能分类“类”行（2019 年起不再使用的“（九）医疗卫生与计划生育支出”，洛阳模板保留；默认是）' }),
  }),
};
