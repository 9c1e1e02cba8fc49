import type { BudgetInput, Project, Unit } from '../model/schema.js';
import type { Decimal } from '../model/money.js';
import type { ResolvedItem } from './items.js';
import { sourcesOf } from './breakdown.js';
import { fiscalAccountFunds, governmentFunds, grandTotal, unitFunds, type SourceAmounts } from './sources.js';

/** One project's amounts by source, for the 项目支出表 and the 项目绩效目标表 (spec §3.12, §3.14). */
export interface ProjectFigures {
  project: Project;
  unit: Unit | undefined;
  unitIndex: number;
  /** Position in input.projects. */
  index: number;
  sources: SourceAmounts;
  total: Decimal;
  governmentFunds: Decimal;
  fiscalAccount: Decimal;
  unitFunds: Decimal;
}

const TYPE_ORDER = { 其他运转类: 0, 特定目标类: 1 } as const;

/** Projects in 项目支出表 order: unit (input order), 类型 (其他运转类 first), then input order. */
export function projectFigures(input: BudgetInput, items: readonly ResolvedItem[]): ProjectFigures[] {
  const unitIndex = new Map(input.units.map((u, i) => [u.code, i]));
  const byProject = new Map<string, ResolvedItem[]>();
  for (const item of items) {
    if (!item.project) continue;
    const list = byProject.get(item.project.code);
    if (list) list.push(item);
    else byProject.set(item.project.code, [item]);
  }
  return input.projects
    .map((project, index) => {
      const sources = sourcesOf(byProject.get(project.code) ?? []);
      const uIndex = unitIndex.get(project.unit) ?? Number.MAX_SAFE_INTEGER;
      return {
        project,
        unit: input.units[uIndex],
        unitIndex: uIndex,
        index,
        sources,
        total: grandTotal(sources),
        governmentFunds: governmentFunds(sources),
        fiscalAccount: fiscalAccountFunds(sources),
        unitFunds: unitFunds(sources),
      };
    })
    .sort((a, b) => a.unitIndex - b.unitIndex || TYPE_ORDER[a.project.type] - TYPE_ORDER[b.project.type] || a.index - b.index);
}

/** 项目绩效目标表 order: unit, 类型, then project code ascending as a string (spec §3.0). */
export function performanceOrder(projects: readonly ProjectFigures[]): ProjectFigures[] {
  return [...projects].sort(
    (a, b) =>
      a.unitIndex - b.unitIndex ||
      TYPE_ORDER[a.project.type] - TYPE_ORDER[b.project.type] ||
      (a.project.code < b.project.code ? -1 : a.project.code > b.project.code ? 1 : 0),
  );
}
