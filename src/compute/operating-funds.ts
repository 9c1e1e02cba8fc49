import type { Unit } from '../model/schema.js';
import type { ResolvedItem } from './items.js';
import { groupInOrder } from './items.js';
import { OPERATING_CLASSES, sourcesOf } from './breakdown.js';
import { grandTotal, type SourceAmounts } from './sources.js';
import { add, ZERO, type Decimal } from '../model/money.js';
import { FUND_SOURCES, type FundSource } from '../model/schema.js';

/** 项目类别 of a 公用经费 code in the E2024 机构运转经费预算表 (spec §3.11, §6.5). */
export const OPERATING_FUND_CATEGORY: Readonly<Record<string, string>> = {
  '30228': '工会经费',
  '30229': '职工福利费',
  '30239': '公务交通补贴',
};
export const DEFAULT_OPERATING_FUND_CATEGORY = '公用经费';

export interface OperatingFundRow {
  econ: string;
  econName: string;
  category: string;
  sources: SourceAmounts;
  /** Amounts by individual fund source: the 11表 splits 一般公共预算 by sub-source (spec §3.11 F–K, W). */
  fundSources: Record<FundSource, Decimal>;
  total: Decimal;
}

export interface OperatingFundUnit {
  unit: Unit;
  sources: SourceAmounts;
  fundSources: Record<FundSource, Decimal>;
  total: Decimal;
  rows: OperatingFundRow[];
}

/** 基本 公用经费 items (classes 302/309/310) of each unit, by 部门经济 code ascending (spec §3.11). */
export function operatingFundRows(units: readonly Unit[], items: readonly ResolvedItem[]): OperatingFundUnit[] {
  const byUnit = groupInOrder(
    items.filter((i) => i.kind === '基本' && OPERATING_CLASSES.has(i.econClass)),
    (i) => i.unit.code,
  );
  return units.map((unit) => {
    const own = byUnit.get(unit.code) ?? [];
    const sorted = [...own].sort((a, b) => (a.econ < b.econ ? -1 : a.econ > b.econ ? 1 : 0));
    const rows = [...groupInOrder(sorted, (i) => i.econ)].map(([econ, group]) => {
      const sources = sourcesOf(group);
      return {
        econ,
        econName: (group[0] as ResolvedItem).econName,
        category: OPERATING_FUND_CATEGORY[econ] ?? DEFAULT_OPERATING_FUND_CATEGORY,
        sources,
        fundSources: bySource(group),
        total: grandTotal(sources),
      };
    });
    const sources = sourcesOf(own);
    return { unit, sources, fundSources: bySource(own), total: grandTotal(sources), rows };
  });
}

/** Σ amounts per individual fund source (every source present, zero when unused). */
export function bySource(items: Iterable<ResolvedItem>): Record<FundSource, Decimal> {
  const totals = Object.fromEntries(FUND_SOURCES.map((s) => [s, ZERO])) as Record<FundSource, Decimal>;
  for (const item of items) totals[item.source] = add(totals[item.source], item.amount);
  return totals;
}
