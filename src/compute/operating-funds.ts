import type { Unit } from '../model/schema.js';
import type { ResolvedItem } from './items.js';
import { groupInOrder } from './items.js';
import { OPERATING_CLASSES, sourcesOf } from './breakdown.js';
import { grandTotal, type SourceAmounts } from './sources.js';
import type { Decimal } from '../model/money.js';

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
  total: Decimal;
}

export interface OperatingFundUnit {
  unit: Unit;
  sources: SourceAmounts;
  total: Decimal;
  rows: OperatingFundRow[];
}

/** 基本 公用经费 items (classes 302/309/310) of each unit, by 部门经济 code ascending (spec §3.11). */
export function operatingFundRows(units: readonly Unit[], items: readonly ResolvedItem[]): OperatingFundUnit[] {
  return units.map((unit) => {
    const own = items.filter((i) => i.unit.code === unit.code && i.kind === '基本' && OPERATING_CLASSES.has(i.econClass));
    const sorted = [...own].sort((a, b) => (a.econ < b.econ ? -1 : a.econ > b.econ ? 1 : 0));
    const rows = [...groupInOrder(sorted, (i) => i.econ)].map(([econ, group]) => {
      const sources = sourcesOf(group);
      return {
        econ,
        econName: (group[0] as ResolvedItem).econName,
        category: OPERATING_FUND_CATEGORY[econ] ?? DEFAULT_OPERATING_FUND_CATEGORY,
        sources,
        total: grandTotal(sources),
      };
    });
    const sources = sourcesOf(own);
    return { unit, sources, total: grandTotal(sources), rows };
  });
}
