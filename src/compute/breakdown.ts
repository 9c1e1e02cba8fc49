import { add, Decimal, ZERO } from '../model/money.js';
import type { ResolvedItem } from './items.js';
import { groupInOrder } from './items.js';
import { addSource, emptySourceAmounts, type SourceAmounts } from './sources.js';

/** The 03/05/09/10 columns of one row (spec §3.3): 基本 by economic class, 项目 by project type. */
export interface ExpenditureBreakdown {
  total: Decimal;
  basic: Decimal;
  wages: Decimal;
  personalFamily: Decimal;
  goodsServices: Decimal;
  capital: Decimal;
  /** 基本 items of a class that has no 03 column (307, 311–399): always an input error. */
  basicOther: Decimal;
  project: Decimal;
  projectOperating: Decimal;
  projectSpecific: Decimal;
}

/** 人员经费 classes and 公用经费 classes of a 基本 item (spec §6.5). */
export const PERSONNEL_CLASSES: ReadonlySet<string> = new Set(['301', '303']);
export const OPERATING_CLASSES: ReadonlySet<string> = new Set(['302', '309', '310']);

export function expenditureOf(items: Iterable<ResolvedItem>): ExpenditureBreakdown {
  const b = {
    total: ZERO,
    basic: ZERO,
    wages: ZERO,
    personalFamily: ZERO,
    goodsServices: ZERO,
    capital: ZERO,
    basicOther: ZERO,
    project: ZERO,
    projectOperating: ZERO,
    projectSpecific: ZERO,
  };
  for (const item of items) {
    const a = item.amount;
    b.total = add(b.total, a);
    if (item.kind === '基本') {
      b.basic = add(b.basic, a);
      if (item.econClass === '301') b.wages = add(b.wages, a);
      else if (item.econClass === '303') b.personalFamily = add(b.personalFamily, a);
      else if (item.econClass === '302') b.goodsServices = add(b.goodsServices, a);
      else if (item.econClass === '310' || item.econClass === '309') b.capital = add(b.capital, a);
      else b.basicOther = add(b.basicOther, a);
    } else {
      b.project = add(b.project, a);
      if (item.project?.type === '特定目标类') b.projectSpecific = add(b.projectSpecific, a);
      else b.projectOperating = add(b.projectOperating, a);
    }
  }
  return b;
}

export function sourcesOf(items: Iterable<ResolvedItem>): SourceAmounts {
  const s = emptySourceAmounts();
  for (const item of items) addSource(s, item.source, item.amount);
  return s;
}

/** One 功能 项 row of 03/05/09/10: the code split 3/2/2 and its breakdown. */
export interface FuncRow {
  code: string;
  name: string;
  breakdown: ExpenditureBreakdown;
}

/** 项 rows in first-appearance order over the ordered items (spec §3.0). */
export function funcRows(items: readonly ResolvedItem[]): FuncRow[] {
  return [...groupInOrder(items, (i) => i.func)].map(([code, group]) => ({
    code,
    name: (group[0] as ResolvedItem).funcName,
    breakdown: expenditureOf(group),
  }));
}

/** One (部门经济, 政府经济) row of 06/07. */
export interface EconRow {
  econ: string;
  econName: string;
  govEcon: string;
  govEconName: string;
  total: Decimal;
  /** 人员经费 part (classes 301/303) and 公用经费 part (302/309/310) — 06 columns. */
  personnel: Decimal;
  operating: Decimal;
  basic: Decimal;
  project: Decimal;
  sources: SourceAmounts;
}

export function econRows(items: readonly ResolvedItem[]): EconRow[] {
  return [...groupInOrder(items, (i) => `${i.econ}/${i.govEcon}`)].map(([, group]) => {
    const first = group[0] as ResolvedItem;
    const e = expenditureOf(group);
    return {
      econ: first.econ,
      econName: first.econName,
      govEcon: first.govEcon,
      govEconName: first.govEconName,
      total: e.total,
      personnel: PERSONNEL_CLASSES.has(first.econClass) ? e.total : ZERO,
      operating: OPERATING_CLASSES.has(first.econClass) ? e.total : ZERO,
      basic: e.basic,
      project: e.project,
      sources: sourcesOf(group),
    };
  });
}
