import type { BudgetInput, FundSource, LineItem, Project, Unit } from '../model/schema.js';
import type { Decimal } from '../model/money.js';
import type { CodeLists } from './codes.js';

/** A line item with everything resolved once: names, default 政府经济 code, unit and project objects. */
export interface ResolvedItem {
  /** Index in `input.lineItems`, for locating findings. */
  index: number;
  unit: Unit;
  unitIndex: number;
  func: string;
  funcName: string;
  econ: string;
  econName: string;
  /** 3-digit 部门经济 class: 301, 302, 303, 309, 310, … */
  econClass: string;
  govEcon: string;
  govEconName: string;
  /** True when govEcon came from the crosswalk, not from the input. */
  govEconDefaulted: boolean;
  kind: '基本' | '项目';
  project: Project | undefined;
  source: FundSource;
  amount: Decimal;
}

/**
 * Resolves and orders line items: stable by (unit in input order, 功能 code ascending, input order),
 * the order every table's first-appearance rows follow (spec §3.0).
 */
export function resolveItems(input: BudgetInput, codes: CodeLists): ResolvedItem[] {
  const unitIndex = new Map(input.units.map((u, i) => [u.code, i]));
  const projects = new Map(input.projects.map((p) => [p.code, p]));
  const resolved: ResolvedItem[] = [];
  input.lineItems.forEach((item, index) => {
    const uIndex = unitIndex.get(item.unit);
    if (uIndex === undefined) return; // reported by the reference check; cannot be placed in any table
    const unit = input.units[uIndex] as Unit;
    resolved.push(resolveOne(item, index, unit, uIndex, projects, codes));
  });
  return resolved.sort((a, b) => a.unitIndex - b.unitIndex || compare(a.func, b.func) || a.index - b.index);
}

function resolveOne(
  item: LineItem,
  index: number,
  unit: Unit,
  unitIndex: number,
  projects: ReadonlyMap<string, Project>,
  codes: CodeLists,
): ResolvedItem {
  const defaultGov = codes.crosswalk[unit.type].get(item.econ);
  const govEcon = item.govEcon ?? defaultGov ?? '';
  return {
    index,
    unit,
    unitIndex,
    func: item.func,
    funcName: codes.functional.get(item.func) ?? item.funcName ?? '',
    econ: item.econ,
    econName: codes.deptEconomic.get(item.econ) ?? item.econName ?? '',
    econClass: item.econ.slice(0, 3),
    govEcon,
    govEconName: codes.govEconomic.get(govEcon) ?? item.govEconName ?? '',
    govEconDefaulted: item.govEcon === undefined,
    kind: item.kind,
    project: item.kind === '项目' && item.project !== undefined ? projects.get(item.project) : undefined,
    source: item.source,
    amount: item.amount,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups in order of first appearance: the row order of the 03/06/07 tables. */
export function groupInOrder<T, K>(values: Iterable<T>, key: (v: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const v of values) {
    const k = key(v);
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}
