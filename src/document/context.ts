import type { BudgetFigures } from '../compute/figures.js';
import type { BudgetInput } from '../model/schema.js';
import type { Profile } from './profile.js';

/** What every template and table spec reads: the input, its figures, the profile and the names (spec §0 slots). */
export interface DocumentContext {
  input: BudgetInput;
  figures: BudgetFigures;
  profile: Profile;
  year: number;
  priorYear: number;
  /** `部门` or `单位`: the {U} word of table titles and the 部门/单位 variants of headings. */
  scopeWord: '部门' | '单位';
  /** {全称}. */
  fullName: string;
  /** {简称}, default {全称}. */
  shortName: string;
  /** Name on the table name lines: {全称} plus `（汇总）` for a 部门 with several units (spec §3.0). */
  tableName: string;
  /** `部门名称：` or `单位名称：`. */
  nameLabel: string;
  /** {级次}, e.g. `区级`, or ''. */
  level: string;
  /** Attach provenance to every printed figure (`explain`, `--format trace`); off for ordinary runs. */
  trace?: boolean;
}

/** Builds the shared context once per document. */
export function documentContext(input: BudgetInput, figures: BudgetFigures, profile: Profile): DocumentContext {
  const scopeWord = input.scope;
  const fullName = input.department.name;
  const summary = scopeWord === '部门' && input.units.length > 1;
  return {
    input,
    figures,
    profile,
    year: input.year,
    priorYear: input.year - 1,
    scopeWord,
    fullName,
    shortName: input.department.shortName ?? fullName,
    tableName: summary ? `${fullName}（汇总）` : fullName,
    nameLabel: scopeWord === '部门' ? '部门名称：' : '单位名称：',
    level: input.level ?? '',
  };
}
