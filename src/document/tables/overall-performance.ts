import * as z from 'zod';
import { fiscalAccountFunds, governmentFunds, unitFunds } from '../../compute/sources.js';
import type { OverallPerformance } from '../../model/schema.js';
import { LEVEL2_ORDER, OVERALL_LABELS, overallPerformanceData, type OverallLabel, type OverallPerformanceData } from './overall-performance-data.js';
import type { BodyRow, CellInput, ColumnSpec, TableContext, TableSpec } from './spec.js';
import { tableOptions, textOption } from './spec.js';
import { byBreakdown, bySources } from './selectors.js';

const COLUMNS: ColumnSpec[] = [
  { key: 'level1', header: [], kind: 'label', minWidth: 14, maxWidth: 14 },
  { key: 'level2', header: [], kind: 'label', minWidth: 16, maxWidth: 16 },
  { key: 'level3', header: [], kind: 'text', minWidth: 24, maxWidth: 28 },
  { key: 'value', header: [], kind: 'text', minWidth: 12, maxWidth: 12 },
  { key: 'note', header: [], kind: 'text', minWidth: 50, maxWidth: 50 },
];

interface IndicatorRow {
  level2: string;
  name: string;
  value: string;
  note: string;
}

type Labels = Readonly<Record<OverallLabel, string>>;

const merged = (text: string, colSpan: number): CellInput => ({ text, colSpan });
const spanDown = (text: string, rowSpan: number): CellInput => ({ text, rowSpan, role: 'label' });
const header = (text: string, colSpan = 1): CellInput => ({ text, colSpan, role: 'header', bold: true });

/** The data file's labels over the seeds' defaults. */
function labelsOf(data: OverallPerformanceData): Labels {
  const own = Object.fromEntries(Object.entries(data.labels ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...OVERALL_LABELS, ...own };
}

/** 名称, 年度履职目标, 年度主要任务 rows (spec §3.13 rows 1 … 3+n). */
function goalRows(ctx: TableContext, op: OverallPerformance | undefined, l: Labels): BodyRow[] {
  const tasks = op?.tasks ?? [];
  return [
    { key: 'name', cells: { level1: l.name, level2: merged(ctx.tableName, 4) } },
    { key: 'goals', cells: { level1: l.goals, level2: merged(op?.annualGoals ?? '', 4) } },
    { key: 'tasks', cells: { level1: spanDown(l.tasks, 1 + tasks.length), level2: header(l.taskName), level3: header(l.taskContent, 3) } },
    ...tasks.map((t, i) => ({ key: `task:${i + 1}`, cells: { level2: t.name, level3: merged(t.content, 3) } })),
  ];
}

/** 预算情况: 总额, 资金来源 (3), 资金结构 (2), every value over D:E (spec §3.13). */
function budgetRows(ctx: TableContext, l: Labels): BodyRow[] {
  const f = ctx.figures;
  const value = (amount = f.total): CellInput => ({ amount, colSpan: 2 });
  return [
    { key: 'budget-total', select: { label: '', test: () => true }, cells: { level1: spanDown(l.budget, 6), level2: { text: l.budgetTotal, colSpan: 2 }, value: value(f.total) } },
    { key: 'budget-government', select: bySources('政府预算资金', governmentFunds), cells: { level2: spanDown(l.sources, 3), level3: l.government, value: value(governmentFunds(f.sources)) } },
    { key: 'budget-fiscal-account', select: bySources('财政专户管理资金', fiscalAccountFunds), cells: { level3: l.fiscalAccount, value: value(fiscalAccountFunds(f.sources)) } },
    { key: 'budget-unit-funds', select: bySources('单位资金', unitFunds), cells: { level3: l.unitFunds, value: value(unitFunds(f.sources)) } },
    { key: 'budget-basic', select: byBreakdown('基本支出', 'basic'), cells: { level2: spanDown(l.structure, 2), level3: l.basic, value: value(f.expenditure.basic) } },
    { key: 'budget-project', select: byBreakdown('项目支出', 'project'), cells: { level3: l.project, value: value(f.expenditure.project) } },
  ];
}

/** Indicator rows of one 一级指标: 一级 spans them all, each 二级 spans its run (spec §3.13). */
function indicatorRows(prefix: string, level1: string, rows: readonly IndicatorRow[], order: readonly string[]): BodyRow[] {
  const sorted = [...rows].sort((a, b) => order.indexOf(a.level2) - order.indexOf(b.level2));
  return sorted.map((r, i) => {
    const cells: Record<string, CellInput> = { level3: r.name, value: r.value, note: r.note };
    if (i === 0) cells.level1 = spanDown(level1, sorted.length);
    if (sorted[i - 1]?.level2 !== r.level2) {
      let run = 1;
      while (sorted[i + run]?.level2 === r.level2) run++;
      cells.level2 = spanDown(r.level2, run);
    }
    return { key: `${prefix}:${i + 1}`, cells };
  });
}

/**
 * 整体绩效目标表 (spec §3.13; E2023 预算12表, E2024 预算13表): no name line (the name is the first grid
 * row), 5 columns. The fixed texts are profile data (option `data`, default `overall-performance.json`,
 * Appendix A): the 20 投入管理 rows, default 说明 texts, and optionally every other label (`labels`) and the
 * 二级 order (`level2Order`); 预算情况 values always print with 2 decimals (002-6).
 */
export const overallPerformance: TableSpec = {
  key: 'overall-performance',
  nameLine: false,
  unitLine: false,
  columns: () => COLUMNS,
  rows(ctx) {
    const op = ctx.input.overallPerformance;
    const data = overallPerformanceData(ctx.profile, textOption(ctx, 'data', 'overall-performance.json'));
    const l = labelsOf(data);
    const order = data.level2Order ?? LEVEL2_ORDER;
    const overrides = op?.inputValues ?? {};
    const noteFor = (level2: string, note: string | undefined) => note ?? data.defaultNotes[level2] ?? '';
    const input = data.inputIndicators.map((r) => ({ ...r, value: overrides[r.name] ?? r.value }));
    const own = (list: OverallPerformance['output'] | OverallPerformance['effect'] = []) =>
      list.map((r) => ({ level2: r.level2, name: r.name, value: r.value, note: noteFor(r.level2, r.note) }));
    return [
      ...goalRows(ctx, op, l),
      ...budgetRows(ctx, l),
      { key: 'indicators', cells: { level1: header(l.level1), level2: header(l.level2), level3: header(l.level3), value: header(l.value), note: header(l.note) } },
      ...indicatorRows('input', l.input, input, order),
      ...indicatorRows('output', l.output, own(op?.output), order),
      ...indicatorRows('effect', l.effect, own(op?.effect), order),
    ];
  },
  isEmpty: (ctx) => ctx.input.overallPerformance === undefined,
  optionsSchema: tableOptions({
    data: z
      .string()
      .min(1)
      .optional()
      .meta({ description: '固定文字所在的模板数据文件（默认 overall-performance.json）：投入管理指标、默认指标值说明，以及可改写的表内标签 labels 和二级指标顺序 level2Order' }),
  }),
};
