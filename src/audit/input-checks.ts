import { INPUT_RULES } from '../checks/index.js';
import { isNotRun } from '../checks/rule.js';
import { computeFigures } from '../compute/figures.js';
import { formatPath, type Diagnostic, type Location } from '../model/diagnostic.js';
import { budgetInputSchema } from '../model/schema.js';
import type { AuditFinding } from './finding.js';
import type { Place } from './read-model.js';
import type { ReadDocument } from './read-document.js';
import { reconstructInput } from './reconstruct/reconstruct.js';
import { cellText, figureText } from './reconstruct/table-input.js';

/**
 * The input rules that judge facts a published document prints in full (issue 17: audit checks the document with
 * the same rules): M02 on 06表's 部门经济 → 政府经济 pairs of a one-unit document (the unit of a row is not
 * printed when there are several), P01/P02/T18 on the 项目绩效表's indicators against the projects' amounts,
 * A03 on the 整体绩效目标表's 投入管理 values (spec §5.3 004-6).
 */
export const AUDITED_INPUT_RULES: readonly string[] = ['M02', 'P01', 'P02', 'T18', 'A03'];

type Json = Record<string, unknown>;

/** The reconstruction with line items the rules can read: 06表's rows (基本), one item per project (its total). */
function checkedInput(read: ReadDocument): { input: Json; basicRows: string[] } | undefined {
  const { data } = reconstructInput(read);
  const units = data.units as Json[];
  const single = units.length === 1;
  const unitOf = (gov: string) => String((single ? units[0] : units.find((u) => (u.type === '事业') === /^50[56]/.test(gov)))?.code ?? units[0]?.code ?? '');
  const basic = read.profile.tables.find((t) => t.spec === 'basic-expenditure');
  const table = basic ? read.tables.get(basic.key)?.table : undefined;
  const func = units[0]?.type === '事业' ? '2010350' : '2010301';
  const basicRows = (table?.rowKeys ?? []).flatMap((k) => (k && /^econ:\d{5}\/\d{5}$/.test(k) && figureText(table, k, 'total') ? [k] : []));
  const items: Json[] = basicRows.map((k) => {
    const [econ, gov] = k.slice(5).split('/') as [string, string];
    return { unit: single ? String(units[0]?.code) : unitOf(gov), func, econ, govEcon: gov, kind: '基本', amount: figureText(table, k, 'total') };
  });
  const spending = read.profile.tables.find((t) => t.spec === 'project-expenditure');
  const projectTable = spending ? read.tables.get(spending.key)?.table : undefined;
  for (const p of data.projects as Json[]) {
    const amount = figureText(projectTable, `project:${String(p.code)}`, 'total');
    if (amount) items.push({ unit: p.unit, func, econ: '30299', kind: '项目', project: p.code, amount });
  }
  const overall = overallInputValues(read);
  return {
    input: { ...data, lineItems: items, reasons: { total: '—', ...(data.reasons as Json) }, ...(overall ? { overallPerformance: overall } : {}) },
    basicRows,
  };
}

/** The 整体绩效目标表 printed as the 投入管理 rows (`input:N`): each 三级指标 with its 指标值. */
function overallRows(read: ReadDocument): { name: string; value: string; row: number }[] {
  const entry = read.profile.tables.find((t) => t.spec === 'overall-performance');
  const table = entry ? read.tables.get(entry.key)?.table : undefined;
  if (!table) return [];
  return table.rowKeys.flatMap((k, row) => {
    if (!k?.startsWith('input:')) return [];
    const name = cellText(table, k, 'level3');
    const value = cellText(table, k, 'value');
    return name && value ? [{ name, value, row }] : [];
  });
}

/**
 * The 投入管理 values as overallPerformance.inputValues, for A03; the goals, tasks and 产出/效益 indicators the schema
 * requires are placeholders, since no rule audit runs reads them.
 */
function overallInputValues(read: ReadDocument): Json | undefined {
  const rows = overallRows(read);
  if (rows.length === 0) return undefined;
  const placeholder = { name: '—', value: '—' };
  return {
    annualGoals: '—',
    tasks: [{ name: '—', content: '—' }],
    inputValues: Object.fromEntries(rows.map((r) => [r.name, r.value])),
    output: [{ level2: '重点工作任务完成', ...placeholder }],
    effect: [{ level2: '履职效益', ...placeholder }],
  };
}

/** The findings of the input rules on what the document prints, each placed where the fact is printed. */
export function inputFindings(read: ReadDocument): AuditFinding[] {
  const built = checkedInput(read);
  const parsed = built && budgetInputSchema.safeParse(built.input);
  if (!built || !parsed?.success) return [];
  const input = parsed.data;
  const figures = computeFigures(input);
  const ctx = { input, figures, at: (path: readonly (string | number)[]): Location => ({ kind: 'json', path: formatPath(path) }) };
  const diagnostics = INPUT_RULES.filter((r) => AUDITED_INPUT_RULES.includes(r.id)).flatMap((rule) => {
    const outcome = rule.run(ctx);
    return isNotRun(outcome) ? [] : outcome;
  });
  // A project whose indicator words could not all be paired is not judged on its indicators.
  const unpaired = new Set(read.problems.flatMap((p) => /^项目(\S+?)的绩效指标中/.exec(p.message)?.[1] ?? []));
  const codes = input.projects.map((p) => p.code);
  const inferred = read.problems.some((p) => p.kind === 'note' && /按行内位置归入/.test(p.message));
  return diagnostics.flatMap((d) => {
    const index = d.at.kind === 'json' ? /^projects\[(\d+)\]\.indicators/.exec(d.at.path)?.[1] : undefined;
    if (index !== undefined && unpaired.has(codes[Number(index)] ?? '')) return [];
    if (d.rule === 'T18' && inferred && index !== undefined && !trailingGap(read, codes[Number(index)] ?? '')) return [];
    const spot = where(read, d, codes, built.basicRows);
    // Categories read by position are a reading, not a print: a category found empty there is a hint to check.
    const hint = d.rule === 'T18' && inferred;
    const message = hint ? `${d.message}（指标类别按行内位置推定，请核对原文）` : d.message;
    return spot ? [{ rule: d.rule, severity: hint ? ('info' as const) : d.severity, ...(spot.place ? { place: spot.place } : {}), where: spot.where, message, ...(spot.printed ? { printed: spot.printed } : {}) }] : [];
  });
}

const ORDER = ['cost', 'output', 'effect', 'satisfaction'];

/**
 * Whether a project's empty categories are certain where the categories were read by position: its first row
 * fills the categories in order up to the first empty one, and no later row holds more pairs than the first.
 */
function trailingGap(read: ReadDocument, code: string): boolean {
  const entry = read.profile.tables.find((t) => t.spec === 'project-performance');
  const table = entry ? read.tables.get(entry.key)?.table : undefined;
  if (!table) return false;
  const rows = table.rowKeys.flatMap((k) => (k === `project:${code}` || k?.startsWith(`project:${code}/`) ? [k] : []));
  const filled = (row: string) => ORDER.map((c) => cellText(table, row, `${c}Name`) !== '');
  const first = filled(rows[0] ?? '');
  const count = first.filter(Boolean).length;
  return first.every((f, i) => f === i < count) && rows.slice(1).every((r) => filled(r).filter(Boolean).length <= count);
}

const CATEGORY_LABELS: Record<string, string> = { cost: '成本指标', output: '产出指标', effect: '效益指标', satisfaction: '满意度指标' };

/** The printed place of a finding on the reconstruction: a project's indicator cell, or a 06表 row; none for a placeholder item. */
function where(read: ReadDocument, d: Diagnostic, projects: readonly string[], basicRows: readonly string[]): { place?: Place; where: string; printed?: string } | undefined {
  const path = d.at.kind === 'json' ? d.at.path : '';
  const project = /^projects\[(\d+)\](?:\.indicators\.(\w+)(?:\[(\d+)\])?(?:\.(name|value))?)?/.exec(path);
  if (project) {
    const code = projects[Number(project[1])] ?? '';
    const entry = read.profile.tables.find((t) => t.spec === 'project-performance');
    const keyed = entry ? read.tables.get(entry.key) : undefined;
    const n = Number(project[3] ?? 0);
    const row = n === 0 ? `project:${code}` : `project:${code}/${n + 1}`;
    const column = project[2] ? `${project[2]}${project[4] === 'name' ? 'Name' : 'Value'}` : 'name';
    const r = keyed?.table.rowKeys.indexOf(row) ?? -1;
    const c = keyed?.table.columnKeys.indexOf(column) ?? -1;
    const place = r >= 0 && c >= 0 ? keyed?.places[r]?.[c] : keyed?.titlePlace;
    const label = project[2] ? `${CATEGORY_LABELS[project[2]] ?? ''}` : '项目';
    return { ...(place ? { place } : {}), where: `${entry?.id ?? ''} ${code}/${label}`, ...(keyed && r >= 0 && c >= 0 ? { printed: cellText(keyed.table, row, column) } : {}) };
  }
  if (path.startsWith('overallPerformance.inputValues.')) return overallSpot(read, path);
  const item = /^lineItems\[(\d+)\]/.exec(path);
  const key = item ? basicRows[Number(item[1])] : undefined;
  if (!key) return undefined;
  const entry = read.profile.tables.find((t) => t.spec === 'basic-expenditure');
  const keyed = entry ? read.tables.get(entry.key) : undefined;
  const r = keyed?.table.rowKeys.indexOf(key) ?? -1;
  const place = r >= 0 ? keyed?.places[r]?.[0] : keyed?.titlePlace;
  return { ...(place ? { place } : {}), where: `${entry?.id ?? ''} ${key.slice(5)}` };
}

/** The printed place of a 投入管理 value: its 指标值 cell in the 整体绩效目标表. */
function overallSpot(read: ReadDocument, path: string): { place?: Place; where: string; printed?: string } | undefined {
  const entry = read.profile.tables.find((t) => t.spec === 'overall-performance');
  const keyed = entry ? read.tables.get(entry.key) : undefined;
  const found = overallRows(read).find((r) => formatPath(['overallPerformance', 'inputValues', r.name]) === path);
  if (!entry || !keyed || !found) return undefined;
  const place = keyed.places[found.row]?.[keyed.table.columnKeys.indexOf('value')] ?? keyed.titlePlace;
  return { place, where: `${entry.id} ${found.name}/指标值`, printed: found.value };
}
