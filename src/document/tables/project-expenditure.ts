import type { ProjectFigures } from '../../compute/projects.js';
import { emptySourceAmounts, fiscalAccountFunds, unitFunds, type SourceAmounts } from '../../compute/sources.js';
import { sum, type Decimal } from '../../model/money.js';
import type { BodyRow, CellInput, ColumnSpec, TableSpec } from './spec.js';
import { DEPARTMENT_GROUP_ROW_OPTION, tableOptions } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { PROJECT_NAME_OPTION, projectLabel } from './project-name.js';
import { byProject, bySources } from './selectors.js';
import { fiscalAccountFunds as fiscalOf, grandTotal, unitFunds as unitOf } from '../../compute/sources.js';

const SOURCE_KEYS = Object.keys(emptySourceAmounts()) as (keyof SourceAmounts)[];
const CURRENT = '本年拨款';
const CARRY = '财政拨款结转结余';

const SOURCE_OF: Record<string, (s: SourceAmounts) => Decimal> = {
  total: grandTotal,
  generalPublic: (s) => s.generalPublic,
  govFund: (s) => s.govFund,
  stateCapital: (s) => s.stateCapital,
  carryGeneralPublic: (s) => s.carryGeneralPublic,
  carryGovFund: (s) => s.carryGovFund,
  carryStateCapital: (s) => s.carryStateCapital,
  fiscalAccount: fiscalOf,
  unitFunds: unitOf,
};

const HEADER_COLUMNS: ColumnSpec[] = [
  { key: 'type', header: ['类型'], kind: 'text', minWidth: 10 },
  { key: 'name', header: ['项目名称'], kind: 'label', minWidth: 24 },
  { key: 'unit', header: ['项目单位'], kind: 'label', minWidth: 20 },
  { key: 'total', header: ['合计'], kind: 'amount' },
  { key: 'generalPublic', header: [CURRENT, '一般公共预算'], kind: 'amount' },
  { key: 'govFund', header: [CURRENT, '政府性基金预算'], kind: 'amount' },
  { key: 'stateCapital', header: [CURRENT, '国有资本经营预算'], kind: 'amount' },
  { key: 'carryGeneralPublic', header: [CARRY, '一般公共预算'], kind: 'amount' },
  { key: 'carryGovFund', header: [CARRY, '政府性基金预算'], kind: 'amount' },
  { key: 'carryStateCapital', header: [CARRY, '国有资本经营预算'], kind: 'amount' },
  { key: 'fiscalAccount', header: ['财政专户管理资金'], kind: 'amount' },
  { key: 'unitFunds', header: ['单位资金'], kind: 'amount' },
];

const COLUMNS: ColumnSpec[] = HEADER_COLUMNS.map((c) => {
  const of = SOURCE_OF[c.key];
  return of ? { ...c, select: bySources(c.header.join(''), of) } : c;
});

/** The items of the listed projects. */
const PROJECT_ITEMS = { label: '项目支出', test: (i: { project?: unknown }) => i.project !== undefined };

/** The amount columns of one 项目支出表 row (spec §3.12 D–L). */
export function projectAmounts(p: Pick<ProjectFigures, 'sources' | 'total'>): Record<string, CellInput> {
  const s: SourceAmounts = p.sources;
  return {
    total: p.total,
    generalPublic: s.generalPublic,
    govFund: s.govFund,
    stateCapital: s.stateCapital,
    carryGeneralPublic: s.carryGeneralPublic,
    carryGovFund: s.carryGovFund,
    carryStateCapital: s.carryStateCapital,
    fiscalAccount: fiscalAccountFunds(s),
    unitFunds: unitFunds(s),
  };
}

/** Σ of project rows, column by column (the total and group rows). */
export function projectsTotal(projects: readonly ProjectFigures[]): Pick<ProjectFigures, 'sources' | 'total'> {
  const sources = emptySourceAmounts();
  // A zero part adds nothing: most projects have one or two sources of the many.
  for (const p of projects)
    for (const k of SOURCE_KEYS) {
      const part = p.sources[k];
      if (!part.isZero()) sources[k] = sources[k].plus(part);
    }
  return { sources, total: sum(projects.map((p) => p.total)) };
}

/**
 * 项目支出预算表 (spec §3.12; E2022/E2023 预算11表, E2024 预算12表): a total row with blank labels (as in
 * every seed), the group row (B = department code, C = name), then projects by unit, 类型, input order.
 * Options: `projectName` (name, alias or both), `departmentGroupRow` (the 部门 row above a 单位's group row).
 */
export const projectExpenditure: TableSpec = {
  key: 'project-expenditure',
  columns: () => COLUMNS,
  rows(ctx) {
    const projects = ctx.figures.projects;
    const total = projectAmounts(projectsTotal(projects));
    const rows: BodyRow[] = [
      { key: 'total', cells: total, bold: true },
      ...departmentGroupRows(ctx, 'name', 'unit', total),
      { key: 'department', cells: { name: ctx.input.department.code, unit: ctx.fullName, ...total } },
    ];
    for (const p of projects) rows.push({ key: `project:${p.project.code}`, select: byProject(p.project.code), cells: { type: p.project.type, name: projectLabel(ctx, p.project), unit: p.unit?.name ?? '', ...projectAmounts(p) } });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.projects.length === 0,
  select: () => PROJECT_ITEMS,
  optionsSchema: tableOptions({ ...PROJECT_NAME_OPTION, ...DEPARTMENT_GROUP_ROW_OPTION }),
};
