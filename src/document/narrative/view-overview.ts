import type { BudgetInput, Unit } from '../../model/schema.js';
import type { ProfileOptions } from '../profile.js';
import { listPrefix, type ListNumbering } from './numbering.js';

/** What the 第一部分 templates read: numbered duties and the unit structure (spec §1.3). */
export interface OverviewView {
  duties: { prefix: string; text: string }[];
  /** 单位 scope: `本预算为{简称}本级预算…`. */
  unitScope: boolean;
  /** The base unit's internal divisions joined with `、` ('' when none). */
  divisions: string;
  /** 所属单位: every unit except the base unit, in input order, numbered `1.` `2.` …. */
  subunits: { prefix: string; name: string }[];
}

/** Builds the overview view; the numbering style is the input's, else the profile's. */
export function overviewView(input: BudgetInput, options: ProfileOptions): OverviewView {
  const numbering: ListNumbering = input.overview.dutyNumbering ?? options.dutyNumbering;
  const base = baseUnit(input.units);
  const subunits = input.units.filter((u) => u !== base);
  return {
    duties: input.overview.duties.map((text, i) => ({ prefix: listPrefix(i + 1, numbering), text })),
    unitScope: input.scope === '单位',
    divisions: base.divisions.join('、'),
    subunits: input.scope === '部门' ? subunits.map((u, i) => ({ prefix: listPrefix(i + 1, 'arabic-dot'), name: u.name })) : [],
  };
}

/** The 本级 unit: the one marked isBase, else the first. */
function baseUnit(units: readonly Unit[]): Unit {
  const base = units.find((u) => u.isBase) ?? units[0];
  if (!base) throw new Error('至少需要一个预算单位');
  return base;
}
