import { add, Decimal, ZERO } from '../model/money.js';
import { OPERATING_CLASSES } from './breakdown.js';
import type { ResolvedItem } from './items.js';
import { sourceFamily } from './sources.js';

/** The 部门经济 codes of 会议费 and 培训费 (data/codes/dept-economic-2022.json), printed beside the 三公 costs. */
export const MEETING_TRAINING_CODES = { meeting: '30215', training: '30216' } as const;

/** One amount split over the three 财政拨款 budgets (PL 2019's columns): their sum and each part. */
export interface FamilySplit {
  total: Decimal;
  generalPublic: Decimal;
  govFund: Decimal;
  stateCapital: Decimal;
}

/** Σ of the items passing `test`, by budget family; 合计 is the three 财政拨款 families only. */
export function familySplit(items: readonly ResolvedItem[], test: (item: ResolvedItem) => boolean): FamilySplit {
  const split = { total: ZERO, generalPublic: ZERO, govFund: ZERO, stateCapital: ZERO };
  for (const item of items) {
    if (!test(item)) continue;
    const family = sourceFamily(item.source);
    if (family !== 'generalPublic' && family !== 'govFund' && family !== 'stateCapital') continue;
    split[family] = add(split[family], item.amount);
    split.total = add(split.total, item.amount);
  }
  return split;
}

/** 机关运行经费 items: 基本 公用经费 (302, 309, 310 classes), as figures.operatingFunds counts them (spec §2.9). */
export function isOperatingItem(item: ResolvedItem): boolean {
  return item.kind === '基本' && OPERATING_CLASSES.has(item.econClass);
}

/** Items of one 部门经济 code. */
export function hasEcon(...codes: string[]): (item: ResolvedItem) => boolean {
  const set = new Set(codes);
  return (item) => set.has(item.econ);
}

/** 会议费 and 培训费 of the 一般公共预算 items, like the 三公 costs (variations.md §2). */
export function meetingTrainingOf(items: readonly ResolvedItem[]): { meeting: Decimal; training: Decimal } {
  return {
    meeting: familySplit(items, hasEcon(MEETING_TRAINING_CODES.meeting)).generalPublic,
    training: familySplit(items, hasEcon(MEETING_TRAINING_CODES.training)).generalPublic,
  };
}
