import type { ExpenditureBreakdown } from '../../compute/breakdown.js';
import type { BudgetFigures } from '../../compute/figures.js';
import * as z from 'zod';
import type { BodyRow, CellInput, ColumnSpec, TableContext, TableSpec } from './spec.js';
import { DEPARTMENT_GROUP_ROW_OPTION, flagOption, tableOptions, textOption } from './spec.js';
import { departmentGroupRows } from './group-rows.js';
import { byBreakdown, byFamily, byFunction } from './selectors.js';

const CODE = { label: '科目编码', rows: 2 };
const BASIC = '基本支出';
const PROJECT = '项目支出';

const BREAKDOWN_COLUMNS: ColumnSpec[] = [
  { key: 'class', header: [CODE, '类'], kind: 'code', minWidth: 5 },
  { key: 'section', header: [CODE, '款'], kind: 'code', minWidth: 4 },
  { key: 'item', header: [CODE, '项'], kind: 'code', minWidth: 4 },
  { key: 'unitCode', header: ['单位代码'], kind: 'code', minWidth: 8 },
  { key: 'name', header: ['单位（科目名称）'], kind: 'label', minWidth: 20 },
  { key: 'total', header: ['合计'], kind: 'amount' },
  { key: 'basic', header: [BASIC, '小计'], kind: 'amount' },
  { key: 'wages', header: [BASIC, '人员经费', '工资福利支出'], kind: 'amount' },
  { key: 'personalFamily', header: [BASIC, '人员经费', '对个人和家庭的补助'], kind: 'amount' },
  { key: 'goodsServices', header: [BASIC, '公用经费', '商品和服务支出'], kind: 'amount' },
  { key: 'capital', header: [BASIC, '公用经费', '资本性支出'], kind: 'amount' },
  { key: 'project', header: [PROJECT, '小计'], kind: 'amount' },
  { key: 'projectOperating', header: [PROJECT, '其他运转类'], kind: 'amount' },
  { key: 'projectSpecific', header: [PROJECT, '特定目标类'], kind: 'amount' },
];

/** The 13-column form (variations.md §2): 项目支出 as one column, no 其他运转类/特定目标类 split. */
const UNSPLIT_COLUMNS: ColumnSpec[] = BREAKDOWN_COLUMNS.filter((c) => c.key !== 'projectOperating' && c.key !== 'projectSpecific').map((c) =>
  c.key === 'project' ? { ...c, header: [PROJECT] } : c,
);

/** Each amount column selects the items the breakdown adds into it (spec §3.3 columns F–N). */
function selected(columns: readonly ColumnSpec[]): ColumnSpec[] {
  return columns.map((c) =>
    c.kind === 'amount' ? { ...c, select: byBreakdown(c.header.map((h) => (typeof h === 'string' ? h : h.label)).join('/'), c.key as keyof ExpenditureBreakdown) } : c,
  );
}

const COLUMNS = selected(BREAKDOWN_COLUMNS);
const COLUMNS_UNSPLIT = selected(UNSPLIT_COLUMNS);

/** The table key of each family's table when the profile names none. */
const FAMILY_KEYS: Record<Family, string> = { all: 'expenditure', generalPublic: 'general-public-expenditure', govFund: 'gov-fund-expenditure', stateCapital: 'state-capital-expenditure' };

const FAMILY_LABELS: Record<Family, string> = { all: '', generalPublic: '一般公共预算', govFund: '政府性基金', stateCapital: '国有资本经营预算' };

type Family = keyof BudgetFigures['func'];
const FAMILIES = ['all', 'generalPublic', 'govFund', 'stateCapital'] as const satisfies readonly Family[];

function familyOf(ctx: TableContext): Family {
  const name = textOption(ctx, 'family', 'all');
  const family = FAMILIES.find((f) => f === name);
  if (!family) throw new Error(`表 ${ctx.entry.id} 的 family 选项无效：${name}（应为 ${FAMILIES.join('/')}）`);
  return family;
}

function amountCells(b: ExpenditureBreakdown, split: boolean): Record<string, CellInput> {
  const project: Record<string, CellInput> = split ? { projectOperating: b.projectOperating, projectSpecific: b.projectSpecific } : {};
  return {
    total: b.total,
    basic: b.basic,
    wages: b.wages,
    personalFamily: b.personalFamily,
    goodsServices: b.goodsServices,
    capital: b.capital,
    project: b.project,
    ...project,
  };
}

/**
 * 预算03表 支出预算表 and its restrictions (spec §3.3, §3.5, §3.9, §3.10): option `family` = all (03),
 * generalPublic (05), govFund (09), stateCapital (10). 合计, group row, one row per 功能 项. 14 columns
 * (002's 09/10 lack 特定目标类: defect 002-9), or 13 with option `projectSplit: false`; 基本小计 always
 * filled (000's 03: defect 000-6). Option `departmentGroupRow`: the 部门 row above a 单位's group row.
 */
export const budget03: TableSpec = {
  key: 'expenditure-by-function',
  columns: (ctx) => (flagOption(ctx, 'projectSplit', true) ? COLUMNS : COLUMNS_UNSPLIT),
  rows(ctx) {
    const table = ctx.figures.func[familyOf(ctx)];
    const split = flagOption(ctx, 'projectSplit', true);
    const amounts = (b: ExpenditureBreakdown) => amountCells(b, split);
    const rows: BodyRow[] = [{ key: 'total', cells: { name: '合计', ...amounts(table.total) }, bold: true }];
    if (table.rows.length === 0) return rows;
    rows.push(...departmentGroupRows(ctx, 'unitCode', 'name', amounts(table.total)));
    rows.push({ key: 'department', cells: { unitCode: ctx.input.department.code, name: ctx.fullName, ...amounts(table.total) } });
    for (const r of table.rows)
      rows.push({
        key: `func:${r.code}`,
        select: byFunction(r.code),
        cells: { class: r.code.slice(0, 3), section: r.code.slice(3, 5), item: r.code.slice(5, 7), name: r.name, ...amounts(r.breakdown) },
      });
    return rows;
  },
  isEmpty: (ctx) => ctx.figures.func[familyOf(ctx)].rows.length === 0,
  defaultKey: (options) => FAMILY_KEYS[FAMILIES.find((f) => f === options.family) ?? 'all'],
  select(ctx) {
    const family = familyOf(ctx);
    return family === 'all' ? undefined : byFamily(FAMILY_LABELS[family], family);
  },
  optionsSchema: tableOptions({
    family: z
      .enum(FAMILIES)
      .optional()
      .meta({ description: '资金范围：all 全部资金（支出预算表）、generalPublic 一般公共预算、govFund 政府性基金、stateCapital 国有资本经营预算（默认 all）' }),
    projectSplit: z
      .boolean()
      .optional()
      .meta({ description: '项目支出是否分“其他运转类”“特定目标类”两列（默认是，14列；否则13列，项目支出只有一列）' }),
    ...DEPARTMENT_GROUP_ROW_OPTION,
  }),
};
