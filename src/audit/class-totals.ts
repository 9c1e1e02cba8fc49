import type { GridTable } from '../document/model.js';
import { Decimal, ZERO, formatAmount, sum } from '../model/money.js';
import type { AuditFinding } from './finding.js';
import type { Place } from './read-model.js';
import type { ReadDocument } from './read-document.js';
import { reconstructInput } from './reconstruct/reconstruct.js';
import { cellText, figureText } from './reconstruct/table-input.js';

type UnitType = '行政' | '事业';
type Kind = '基本' | '项目';

/** 政府经济 classes reserved for one unit type (spec §6.4): 505/506 for 事业 units, 501–504 for 行政 units. */
const RESERVED: Readonly<Record<UnitType, { classes: RegExp; label: string; other: UnitType; explain: string }>> = {
  事业: { classes: /^50[56]/, label: '505/506类', other: '行政', explain: '505/506类是对事业单位的补助' },
  行政: { classes: /^50[1-4]/, label: '501–504类', other: '事业', explain: '501–504类是机关支出' },
};

interface Unit {
  code: string;
  name: string;
  type: UnitType;
}

function tableOf(read: ReadDocument, spec: string): { key: string; table: GridTable } | undefined {
  const entry = read.profile.tables.find((t) => t.spec === spec);
  const table = entry ? read.tables.get(entry.key)?.table : undefined;
  return entry && table ? { key: entry.key, table } : undefined;
}

const amount = (table: GridTable | undefined, row: string, column: string): Decimal => {
  const text = figureText(table, row, column);
  return /^\d+(\.\d+)?$/.test(text) ? new Decimal(text) : ZERO;
};

/** The (部门经济/政府经济) rows of a table, with their totals: `econ:30226/50502` → 199.82. */
function econRows(table: GridTable): Map<string, Decimal> {
  return new Map(table.rowKeys.flatMap((k) => (k && /^econ:\d{5}\/\d{5}$/.test(k) ? [[k, amount(table, k, 'total')] as const] : [])));
}

/**
 * M02 (spec §5.2, §6.4; §5.3 004-7) on what a document prints when the unit of a row is not printed: the money of one
 * kind (基本 from 06表, 项目 = 07表 − 06表) in the classes reserved for 事业 units cannot exceed the 事业 units' own
 * spending of that kind (02表 less their projects in the 项目支出表, and their projects), nor the 行政 classes the 行政
 * units'. The excess is at least what another unit type put there; it is reported for its unit when one unit has that
 * type. Runs only where every amount is 一般公共预算 (06表 holds no other source), and not for a one-unit document's
 * 基本 rows, which M02 judges row by row.
 */
export function classTotalFindings(read: ReadDocument): AuditFinding[] {
  const summary = tableOf(read, 'economic-summary');
  const basic = tableOf(read, 'basic-expenditure');
  const projects = tableOf(read, 'project-expenditure');
  const income = tableOf(read, 'income');
  if (!summary || !basic || !projects) return [];
  if (!amount(summary.table, 'total', 'total').equals(amount(summary.table, 'total', 'generalPublic'))) return [];
  const units = unitsRead(read);
  if (units.length === 0) return [];
  const single = units.length === 1;
  if (!single && !income) return [];
  const spend = spending(read, units, projects.table, income?.table);
  const all = econRows(summary.table);
  const base = econRows(basic.table);
  const byKind: Record<Kind, Map<string, Decimal>> = {
    基本: base,
    项目: new Map([...all].map(([k, v]) => [k, v.minus(base.get(k) ?? ZERO)] as const)),
  };
  const out: AuditFinding[] = [];
  for (const kind of ['基本', '项目'] as const) {
    if (single && kind === '基本') continue;
    for (const type of ['事业', '行政'] as const) {
      const reserved = RESERVED[type];
      const rows = [...byKind[kind]].filter(([k, v]) => reserved.classes.test(k.slice(11)) && v.greaterThan(0));
      const printed = sum(rows.map(([, v]) => v));
      const own = sum(units.filter((u) => u.type === type).map((u) => spend.get(u.code)?.[kind] ?? ZERO));
      const excess = printed.minus(own);
      const others = units.filter((u) => u.type === reserved.other);
      if (!excess.greaterThan(0) || others.length === 0) continue;
      out.push(finding(read, { kind, type, rows: rows.map(([k]) => k), printed, own, excess, others, table: summary }));
    }
  }
  return out;
}

interface Excess {
  kind: Kind;
  type: UnitType;
  rows: string[];
  printed: Decimal;
  own: Decimal;
  excess: Decimal;
  others: Unit[];
  table: { key: string; table: GridTable };
}

function finding(read: ReadDocument, e: Excess): AuditFinding {
  const reserved = RESERVED[e.type];
  const money = (v: Decimal) => `${formatAmount(v)}万元`;
  const who = e.others.length === 1 ? e.others[0]!.code : `${reserved.other}单位（${e.others.map((u) => u.code).join('、')}）`;
  const from = e.kind === '基本' ? '预算06表' : '预算07表减预算06表';
  const places = placesOf(read, e.table, e.rows);
  return {
    rule: 'M02',
    severity: 'warning',
    ...(places[0] ? { place: places[0] } : {}),
    ...(places.length > 1 ? { related: places.slice(1) } : {}),
    where: `预算07 ${reserved.label}（${who} ${e.kind}支出）`,
    message:
      `${who} ${e.kind}支出中至少${money(e.excess)}列在${reserved.label}政府经济分类：${reserved.label}的${e.kind}支出（${from}）共${money(e.printed)}，` +
      `而${e.type}单位的${e.kind}支出共${money(e.own)}；${reserved.other}单位不应使用${reserved.label}政府经济分类（${reserved.explain}），请核对`,
    expected: `${e.type}单位的${e.kind}支出 ${formatAmount(e.own)}`,
    actual: `${reserved.label} ${formatAmount(e.printed)}`,
  };
}

function placesOf(read: ReadDocument, summary: { key: string; table: GridTable }, rows: readonly string[]): Place[] {
  const keyed = read.tables.get(summary.key);
  return rows.flatMap((k) => keyed?.places[summary.table.rowKeys.indexOf(k)]?.find((p) => p !== undefined) ?? []);
}

/** The units with their types as the reconstruction infers them (03表's 功能 items, spec M03). */
function unitsRead(read: ReadDocument): Unit[] {
  const units = reconstructInput(read).data.units as Record<string, unknown>[];
  return units.map((u) => ({ code: String(u.code), name: String(u.name), type: u.type === '事业' ? '事业' : '行政' }));
}

/** Each unit's 项目 spending (its projects in the 项目支出表) and 基本 spending (its 02表 total less them). */
function spending(read: ReadDocument, units: readonly Unit[], projects: GridTable, income: GridTable | undefined): Map<string, Record<Kind, Decimal>> {
  const projectRows = projects.rowKeys.flatMap((k) => (k && /^project:[^/#]+$/.test(k) ? [k] : []));
  return new Map(
    units.map((u) => {
      const mine = units.length === 1 ? projectRows : projectRows.filter((k) => cellText(projects, k, 'unit') === u.name);
      const project = sum(mine.map((k) => amount(projects, k, 'total')));
      const total = amount(income, units.length === 1 ? 'total' : `unit:${u.code}`, 'total');
      return [u.code, { 项目: project, 基本: total.minus(project) }] as const;
    }),
  );
}
