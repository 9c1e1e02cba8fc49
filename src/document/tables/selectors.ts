import { expenditureOf, OPERATING_CLASSES, PERSONNEL_CLASSES, type ExpenditureBreakdown } from '../../compute/breakdown.js';
import { THREE_PUBLIC_CODES, type ThreePublicCosts } from '../../compute/figures.js';
import type { ResolvedItem } from '../../compute/items.js';
import { addSource, emptySourceAmounts, sourceFamily, type SourceAmounts, type SourceFamily } from '../../compute/sources.js';
import { Decimal } from '../../model/money.js';
import type { FundSource } from '../../model/schema.js';
import type { Selector } from './spec.js';

const ONE = new Decimal(1);

/**
 * Items that add to a source-derived amount (`s => s.generalPublic`, `grandTotal`), decided by the very
 * function the figures use on a one-item breakdown, so a provenance can never disagree with its figure.
 */
export function bySources(label: string, amount: (s: SourceAmounts) => Decimal): Selector {
  return {
    label,
    test(item) {
      const s = emptySourceAmounts();
      addSource(s, item.source, ONE);
      return !amount(s).isZero();
    },
  };
}

/** Items that add to one column of the 03-style breakdown (基本/项目, economic class, project type). */
export function byBreakdown(label: string, column: keyof ExpenditureBreakdown): Selector {
  return { label, test: (item) => !expenditureOf([{ ...item, amount: ONE }])[column].isZero() };
}

/** Items of exactly these fund sources. */
export function byFundSources(label: string, sources: readonly FundSource[]): Selector {
  const set = new Set(sources);
  return { label, test: (item) => set.has(item.source) };
}

/** Items of one budget family (05/09/10, the 三公 costs). */
export function byFamily(label: string, family: SourceFamily): Selector {
  return { label, test: (item) => sourceFamily(item.source) === family };
}

/** Items whose 功能 code starts with `code` (a 类, 款 or 项). */
export function byFunction(code: string): Selector {
  return { label: `功能科目 ${code}`, test: (item) => item.func.startsWith(code) };
}

/** Items of one (部门经济, 政府经济) pair. */
export function byEconPair(econ: string, govEcon: string): Selector {
  return { label: `经济科目 ${econ}/${govEcon}`, test: (item) => item.econ === econ && item.govEcon === govEcon };
}

/** Items with one of these 部门经济 codes. */
export function byEcon(label: string, ...codes: string[]): Selector {
  const set = new Set(codes);
  return { label, test: (item) => set.has(item.econ) };
}

/** Items of one unit. */
export function byUnit(code: string): Selector {
  return { label: `单位 ${code}`, test: (item) => item.unit.code === code };
}

/** Items of one project. */
export function byProject(code: string): Selector {
  return { label: `项目 ${code}`, test: (item) => item.project?.code === code };
}

/** Every condition at once (a unit's rows of one 部门经济 code, …). */
export function allOf(...selectors: Selector[]): Selector {
  return { label: selectors.map((s) => s.label).join('；'), test: (item: ResolvedItem) => selectors.every((s) => s.test(item)) };
}

/** No item: a figure that is always zero (the legacy 04 row, 年终结转结余). */
export const NOTHING: Selector = { label: '无', test: () => false };

/** 人员经费 items: 部门经济 classes 301 and 303 (spec §6.5). */
export const PERSONNEL_ITEMS: Selector = { label: '人员经费（301、303类）', test: (i) => PERSONNEL_CLASSES.has(i.econClass) };

/** 公用经费 items: 部门经济 classes 302, 309 and 310 (spec §6.5). */
export const OPERATING_ITEMS: Selector = { label: '公用经费（302、309、310类）', test: (i) => OPERATING_CLASSES.has(i.econClass) };

const { abroad, reception, vehiclePurchase, vehicleOps } = THREE_PUBLIC_CODES;

/** The items of each 三公 figure, by its key in ThreePublicCosts: the 部门经济 codes figures.ts sums. */
export const THREE_PUBLIC_ITEMS: Readonly<Record<keyof ThreePublicCosts, Selector>> = {
  total: byEcon(`经济科目 ${abroad}、${vehiclePurchase}、${vehicleOps}、${reception}`, abroad, vehiclePurchase, vehicleOps, reception),
  abroad: byEcon(`经济科目 ${abroad}`, abroad),
  vehicles: byEcon(`经济科目 ${vehiclePurchase}、${vehicleOps}`, vehiclePurchase, vehicleOps),
  vehiclePurchase: byEcon(`经济科目 ${vehiclePurchase}`, vehiclePurchase),
  vehicleOps: byEcon(`经济科目 ${vehicleOps}`, vehicleOps),
  reception: byEcon(`经济科目 ${reception}`, reception),
};
