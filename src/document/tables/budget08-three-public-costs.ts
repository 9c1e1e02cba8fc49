import * as z from 'zod';
import { MEETING_TRAINING_CODES, meetingTrainingOf } from '../../compute/cost-items.js';
import { byEcon, byFamily, THREE_PUBLIC_ITEMS } from './selectors.js';
import type { ColumnSpec, TableContext, TableSpec } from './spec.js';
import { flagOption, tableOptions } from './spec.js';

const VEHICLES = '公务用车购置及运行费';

const COLUMNS: ColumnSpec[] = [
  { key: 'total', header: ['“三公”经费合计'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.total },
  { key: 'abroad', header: ['因公出国（境）费'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.abroad },
  { key: 'vehicles', header: [VEHICLES, '小计'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.vehicles },
  { key: 'vehiclePurchase', header: [VEHICLES, '公务用车购置费'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.vehiclePurchase },
  { key: 'vehicleOps', header: [VEHICLES, '公务用车运行费'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.vehicleOps },
  { key: 'reception', header: ['公务接待费'], kind: 'amount', minWidth: 16, select: THREE_PUBLIC_ITEMS.reception },
];

/** 会议费 and 培训费 after the 三公 columns (RA 2019, WZ1 2023: “三公”经费、会议费和培训费支出预算表). */
const MEETING_TRAINING_COLUMNS: ColumnSpec[] = [
  { key: 'meeting', header: ['会议费'], kind: 'amount', minWidth: 12, select: byEcon(`经济科目 ${MEETING_TRAINING_CODES.meeting}`, MEETING_TRAINING_CODES.meeting) },
  { key: 'training', header: ['培训费'], kind: 'amount', minWidth: 12, select: byEcon(`经济科目 ${MEETING_TRAINING_CODES.training}`, MEETING_TRAINING_CODES.training) },
];

/** The 注 below the 08表 grid, in every edition (spec §3.8, exact text). */
export const THREE_PUBLIC_NOTE =
  '注：按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。' +
  '（1）因公出国（境）费，指单位工作人员公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出。' +
  '（2）公务用车购置及运行费，指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出，' +
  '公务用车指用于履行公务的机动车辆，包括一般公务用车和执法执勤用车。' +
  '（3）公务接待费，指单位按规定开支的各类公务接待（含外宾接待）支出。';

const withMeetingTraining = (ctx: TableContext) => flagOption(ctx, 'meetingTraining', false);

/** True when the table has nothing to print: no 三公 costs (nor 会议费/培训费 when they are columns). */
function isEmpty(ctx: TableContext): boolean {
  if (!ctx.figures.threePublic.total.isZero()) return false;
  if (!withMeetingTraining(ctx)) return true;
  const m = meetingTrainingOf(ctx.figures.items);
  return m.meeting.isZero() && m.training.isZero();
}

/**
 * 预算08表 一般公共预算“三公”经费预算表 (spec §3.8): one data row (none when there are no 三公 costs:
 * the empty form is the header alone), then the 注. Option `meetingTraining` adds 会议费 (30215) and 培训费
 * (30216) columns after 公务接待费; “三公”经费合计 stays the 三公 total.
 */
export const budget08: TableSpec = {
  key: 'three-public-costs',
  columns: (ctx) => (withMeetingTraining(ctx) ? [...COLUMNS, ...MEETING_TRAINING_COLUMNS] : COLUMNS),
  rows(ctx) {
    if (isEmpty(ctx)) return [];
    const t = ctx.figures.threePublic;
    const extra = withMeetingTraining(ctx) ? meetingTrainingOf(ctx.figures.items) : {};
    return [{ key: 'total', cells: { total: t.total, abroad: t.abroad, vehicles: t.vehicles, vehiclePurchase: t.vehiclePurchase, vehicleOps: t.vehicleOps, reception: t.reception, ...extra } }];
  },
  isEmpty,
  select: () => byFamily('一般公共预算', 'generalPublic'),
  notes: () => [THREE_PUBLIC_NOTE],
  optionsSchema: tableOptions({
    meetingTraining: z.boolean().optional().meta({ description: '是否在“三公”经费各列之后加“会议费”（30215）“培训费”（30216）两列（默认否）' }),
  }),
};
