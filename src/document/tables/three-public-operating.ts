import * as z from 'zod';
import { familySplit, hasEcon, isOperatingItem, MEETING_TRAINING_CODES, type FamilySplit } from '../../compute/cost-items.js';
import type { ResolvedItem } from '../../compute/items.js';
import { THREE_PUBLIC_CODES } from '../../compute/figures.js';
import { sourceFamily, type SourceFamily } from '../../compute/sources.js';
import { byFamily } from './selectors.js';
import type { BodyRow, ColumnSpec, Selector, TableContext, TableSpec } from './spec.js';
import { flagOption, tableOptions, textOption } from './spec.js';

const APPROPRIATION_FAMILIES: ReadonlySet<SourceFamily> = new Set<SourceFamily>(['generalPublic', 'govFund', 'stateCapital']);
const APPROPRIATION: Selector = { label: '财政拨款三类预算', test: (i) => APPROPRIATION_FAMILIES.has(sourceFamily(i.source)) };

const COLUMNS: ColumnSpec[] = [
  { key: 'item', header: ['项目'], kind: 'label', minWidth: 30 },
  { key: 'total', header: ['合计'], kind: 'amount', minWidth: 14, select: APPROPRIATION },
  { key: 'generalPublic', header: ['一般公共预算'], kind: 'amount', minWidth: 14, select: byFamily('一般公共预算', 'generalPublic') },
  { key: 'govFund', header: ['政府性基金预算'], kind: 'amount', minWidth: 14, select: byFamily('政府性基金预算', 'govFund') },
  { key: 'stateCapital', header: ['国有资本经营预算'], kind: 'amount', minWidth: 14, select: byFamily('国有资本经营预算', 'stateCapital') },
];

const C = THREE_PUBLIC_CODES;

/** One row: key, label, the items it adds up and how the selector names them. */
type RowDecl = readonly [key: string, label: string, codes: string, test: (item: ResolvedItem) => boolean];

function rowDecls(ctx: TableContext): RowDecl[] {
  const three = hasEcon(C.abroad, C.vehiclePurchase, C.vehicleOps, C.reception);
  const rows: RowDecl[] = [
    ['operating', `一、${textOption(ctx, 'operatingLabel', '机关运行经费')}`, '基本支出公用经费（302、309、310类）', isOperatingItem],
    ['three-public', '二、“三公”经费', `经济科目 ${C.abroad}、${C.vehiclePurchase}、${C.vehicleOps}、${C.reception}`, three],
    ['abroad', '1.因公出国（境）费', `经济科目 ${C.abroad}`, hasEcon(C.abroad)],
    ['vehicles', '2.公务用车购置及运行费', `经济科目 ${C.vehiclePurchase}、${C.vehicleOps}`, hasEcon(C.vehiclePurchase, C.vehicleOps)],
    ['vehicle-purchase', '其中：公务用车购置费', `经济科目 ${C.vehiclePurchase}`, hasEcon(C.vehiclePurchase)],
    ['vehicle-ops', '公务用车运行费', `经济科目 ${C.vehicleOps}`, hasEcon(C.vehicleOps)],
    ['reception', '3.公务接待费', `经济科目 ${C.reception}`, hasEcon(C.reception)],
  ];
  if (flagOption(ctx, 'meetingTraining', false))
    rows.push(
      ['meeting', '三、会议费', `经济科目 ${MEETING_TRAINING_CODES.meeting}`, hasEcon(MEETING_TRAINING_CODES.meeting)],
      ['training', '四、培训费', `经济科目 ${MEETING_TRAINING_CODES.training}`, hasEcon(MEETING_TRAINING_CODES.training)],
    );
  return rows;
}

function cells(split: FamilySplit) {
  return { total: split.total, generalPublic: split.generalPublic, govFund: split.govFund, stateCapital: split.stateCapital };
}

/**
 * 机关运行经费和“三公”经费预算表 (variations.md §2, PL 2019: one table, rows 行政经费 / “三公”经费 / 其中…,
 * columns 合计｜一般公共预算｜政府性基金预算｜国有资本经营预算): 机关运行经费 = 基本 公用经费, each row's amounts
 * from the line items by budget family; 合计 = the three 财政拨款 families. Options: `operatingLabel` (the first
 * row's name), `meetingTraining` (会议费 and 培训费 rows after the 三公 block).
 */
export const threePublicOperating: TableSpec = {
  key: 'three-public-operating',
  columns: () => COLUMNS,
  rows(ctx) {
    return rowDecls(ctx).map(([key, label, codes, test]): BodyRow => ({
      key,
      select: { label: codes, test },
      cells: { item: label, ...cells(familySplit(ctx.figures.items, test)) },
      ...(key === 'operating' || key === 'three-public' ? { bold: true } : {}),
    }));
  },
  isEmpty: (ctx) => rowDecls(ctx).every(([, , , test]) => familySplit(ctx.figures.items, test).total.isZero()),
  optionsSchema: tableOptions({
    operatingLabel: z.string().min(1).optional().meta({ description: '第一行的名称（默认“机关运行经费”，也有“行政经费（机关运行经费）”“机构运行经费”等写法）' }),
    meetingTraining: z.boolean().optional().meta({ description: '是否在“三公”经费之后加“会议费”“培训费”两行（默认否）' }),
  }),
};
