import type { ProjectFigures } from '../../compute/projects.js';
import { performanceOrder } from '../../compute/projects.js';
import { groupInOrder } from '../../compute/items.js';
import type { Indicator } from '../../model/schema.js';
import { ZERO } from '../../model/money.js';
import type { BodyRow, CellInput, ColumnSpec, TableContext, TableSpec } from './spec.js';
import * as z from 'zod';
import { DEPARTMENT_GROUP_ROW_OPTION, flagOption, tableOptions, textOption } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { PROJECT_NAME_OPTION, projectLabel } from './project-name.js';
import { fiscalAccountFunds, governmentFunds, unitFunds } from '../../compute/sources.js';
import { byProject, bySources, byUnit } from './selectors.js';
import { tableStyleOf } from '../style/resolve.js';

const GOALS = '绩效目标';
const CATEGORIES = [
  ['cost', '成本指标'],
  ['output', '产出指标'],
  ['effect', '效益指标'],
  ['satisfaction', '满意度指标'],
] as const;

function columns(ctx: TableContext): ColumnSpec[] {
  // The header names the unit the amounts print in (tableAmountUnit), not always 万元.
  const amount = { label: `项目金额（${tableStyleOf(ctx.profile.options, ctx.options).tableAmountUnit}）`, rows: 2 };
  return [
    { key: 'code', header: ['单位编码（项目编码）'], kind: 'code', minWidth: 12 },
    { key: 'name', header: ['项目单位（项目名称）'], kind: 'label', minWidth: 16, maxWidth: 24 },
    ...(flagOption(ctx, 'projectTypeColumn', false) ? [{ key: 'type', header: ['项目分类'], kind: 'text' as const, minWidth: 8 }] : []),
    { key: 'total', header: [amount, '资金总额'], kind: 'amount' },
    { key: 'government', header: [amount, '政府预算资金'], kind: 'amount', select: bySources('政府预算资金', governmentFunds) },
    { key: 'fiscalAccount', header: [amount, '财政专户管理资金'], kind: 'amount', select: bySources('财政专户管理资金', fiscalAccountFunds) },
    { key: 'unitFunds', header: [amount, '单位资金'], kind: 'amount', select: bySources('单位资金', unitFunds) },
    ...CATEGORIES.flatMap(([key, label]): ColumnSpec[] => [
      { key: `${key}Name`, header: [GOALS, label, '三级指标'], kind: 'text', minWidth: 10, maxWidth: 18 },
      { key: `${key}Value`, header: [GOALS, label, '指标值'], kind: 'text', minWidth: 8, maxWidth: 12 },
    ]),
  ];
}

type Amounts = Pick<ProjectFigures, 'total' | 'governmentFunds' | 'fiscalAccount' | 'unitFunds'>;

function amounts(a: Amounts, rowSpan = 1): Record<string, CellInput> {
  return {
    total: { amount: a.total, rowSpan },
    government: { amount: a.governmentFunds, rowSpan },
    fiscalAccount: { amount: a.fiscalAccount, rowSpan },
    unitFunds: { amount: a.unitFunds, rowSpan },
  };
}

/** Σ of the projects' amounts, column by column, in project order; a zero part adds nothing, so it is skipped. */
function sumOf(projects: readonly ProjectFigures[]): Amounts {
  let total = ZERO;
  let governmentFunds = ZERO;
  let fiscalAccount = ZERO;
  let unitFunds = ZERO;
  for (const p of projects) {
    if (!p.total.isZero()) total = total.plus(p.total);
    if (!p.governmentFunds.isZero()) governmentFunds = governmentFunds.plus(p.governmentFunds);
    if (!p.fiscalAccount.isZero()) fiscalAccount = fiscalAccount.plus(p.fiscalAccount);
    if (!p.unitFunds.isZero()) unitFunds = unitFunds.plus(p.unitFunds);
  }
  return { total, governmentFunds, fiscalAccount, unitFunds };
}

/** Each category's key and its two column keys, made once rather than per row. */
const CATEGORY_COLUMNS = CATEGORIES.map(([key]) => [key, `${key}Name`, `${key}Value`] as const);

/** One project as a block of k = max(1, indicators per category) rows; code, name and amounts span it (spec §3.14). */
function projectBlock(p: ProjectFigures, name: string, withType: boolean, trace: boolean): BodyRow[] {
  const ind = p.project.indicators;
  const code = p.project.code;
  const k = Math.max(1, ind.cost.length, ind.output.length, ind.effect.length, ind.satisfaction.length);
  const select = byProject(code);
  const rows: BodyRow[] = [];
  for (let i = 0; i < k; i++) {
    const cells: Record<string, CellInput> = {};
    if (i === 0) {
      cells.code = { text: code, rowSpan: k };
      cells.name = { text: name, rowSpan: k };
      if (withType) cells.type = { text: p.project.type, rowSpan: k };
      Object.assign(cells, amounts(p, k));
    }
    for (const [key, nameKey, valueKey] of CATEGORY_COLUMNS) {
      const indicator: Indicator | undefined = ind[key][i];
      if (!indicator) continue;
      // Provenance only when traced: one indicator cell in a large document is one of hundreds of thousands.
      cells[nameKey] = trace ? typed(indicator.name, `projects[${p.index}].indicators.${key}[${i}].name`) : indicator.name;
      cells[valueKey] = trace ? typed(indicator.value, `projects[${p.index}].indicators.${key}[${i}].value`) : indicator.value;
    }
    rows.push({ key: i === 0 ? `project:${code}` : `project:${code}/${i + 1}`, select, cells, group: code });
  }
  return rows;
}

/** An indicator text traced to the input field it was typed in. */
function typed(text: string, path: string): CellInput {
  return { text, source: { formula: '填报的绩效指标', inputs: [path] } };
}

/** The items of the listed projects: every amount of this table adds some of them. */
const PROJECT_ITEMS = { label: '项目支出', test: (i: { project?: unknown }) => i.project !== undefined };

const LEADING = ['group', 'total-units', 'department-units'] as const;

/**
 * 项目绩效目标表 (spec §3.14): 14 columns, or 15 with option `projectTypeColumn` (E2024 项目分类). Option
 * `leadingRows`: `group` (E2022: one group row, then every project), `total-units` (E2023: a blank-label
 * total row, then each unit with its projects), `department-units` (E2024: the department row, then each
 * unit with its projects). Projects by unit, 类型, code; amounts always with 2 decimals (002-7). Options
 * `projectName` (name, alias or both) and `departmentGroupRow` (the 部门 row above a 单位's leading rows).
 */
export const projectPerformance: TableSpec = {
  key: 'project-performance',
  unitLine: false,
  columns,
  rows(ctx) {
    const leading = textOption(ctx, 'leadingRows', 'group');
    if (!LEADING.some((l) => l === leading)) throw new Error(`表 ${ctx.entry.id} 的 leadingRows 选项无效：${leading}`);
    const projects = performanceOrder(ctx.figures.projects);
    const dept = ctx.input.department;
    const withType = flagOption(ctx, 'projectTypeColumn', false);
    const block = (p: ProjectFigures) => projectBlock(p, projectLabel(ctx, p.project), withType, ctx.trace === true);
    // A leading row keeps with the first project block below it, so it never ends a page alone.
    const keepWith = (list: readonly ProjectFigures[]) => (list[0] ? { group: list[0].project.code } : {});
    const all = sumOf(projects);
    const parent = departmentGroupRows(ctx, 'code', 'name', amounts(all)).map((r) => ({ ...r, ...keepWith(projects) }));
    const department: BodyRow = { key: 'department', cells: { code: dept.code, name: ctx.fullName, ...amounts(all) }, ...keepWith(projects) };
    if (leading === 'group') {
      const rows = [...parent, department];
      for (const p of projects) for (const row of block(p)) rows.push(row);
      return rows;
    }
    const rows: BodyRow[] = leading === 'total-units' ? [{ key: 'total', cells: amounts(all), bold: true }, ...parent] : [...parent, department];
    const byUnitCode = groupInOrder(projects, (p) => p.unit?.code);
    for (const unit of ctx.input.units) {
      const own = byUnitCode.get(unit.code) ?? [];
      if (own.length === 0) continue;
      // The department row already names a 单位 that discloses alone: its unit row would print it a second time.
      if (leading === 'department-units' && (ctx.input.scope === '单位' || unit.code === dept.code)) {
        rows.push(...own.flatMap(block));
        continue;
      }
      rows.push({ key: `unit:${unit.code}`, select: byUnit(unit.code), cells: { code: unit.code, name: unit.name, ...amounts(sumOf(own)) }, ...keepWith(own) }, ...own.flatMap(block));
    }
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.projects.length === 0,
  select: () => PROJECT_ITEMS,
  optionsSchema: tableOptions({
    leadingRows: z
      .enum(LEADING)
      .optional()
      .meta({ description: '表首行：group 一行部门合计后列出全部项目（默认，2022版）；total-units 无名称合计行后按单位分组（2023版）；department-units 部门行后按单位分组（2024版）' }),
    projectTypeColumn: z.boolean().optional().meta({ description: '是否加“项目分类”一列（默认否；2024版为是）' }),
    ...PROJECT_NAME_OPTION,
    ...DEPARTMENT_GROUP_ROW_OPTION,
  }),
};
