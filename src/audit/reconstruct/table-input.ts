import type { GridTable } from '../../document/model.js';
import type { ReadDocument } from '../read-document.js';
import { Decimal } from '../../model/money.js';
import { amountValue } from '../tables/keyed-grid.js';

type Json = Record<string, unknown>;

/** The text of a read table's cell by row key and column key ('' when either is absent). */
export function cellText(table: GridTable | undefined, row: string, column: string): string {
  if (!table) return '';
  const r = table.rowKeys.indexOf(row);
  const c = table.columnKeys.indexOf(column);
  const cell = r >= 0 && c >= 0 ? table.rows[r]?.[c] : undefined;
  return cell?.kind === 'content' ? cell.text : '';
}

/**
 * An amount cell's figure in 万元, the input's unit, as a decimal string (`1,016,900.00` → `1016900.00`; a table in 元
 * divided by 10 000); '' when blank or absent, or when a 元 amount has no exact 2-decimal 万元 form.
 */
export function figureText(table: GridTable | undefined, row: string, column: string): string {
  const text = amountValue(cellText(table, row, column));
  if (table?.amountFormat?.unit !== '元' || !/^\d+(\.\d+)?$/.test(text)) return text;
  const wan = new Decimal(text).div(10000);
  return wan.decimalPlaces() <= 2 ? wan.toFixed(2) : '';
}

function tableOf(read: ReadDocument, spec: string): GridTable | undefined {
  const entry = read.profile.tables.find((t) => t.spec === spec && (spec !== 'expenditure-by-function' || (t.options?.family ?? 'all') === 'all'));
  return entry ? read.tables.get(entry.key)?.table : undefined;
}

/** The department code as printed in the group rows (02, then 03, 07, 项目支出). */
export function departmentCode(read: ReadDocument): string | undefined {
  const candidates = [
    cellText(tableOf(read, 'income'), 'department', 'code'),
    cellText(tableOf(read, 'expenditure-by-function'), 'department', 'unitCode'),
    cellText(tableOf(read, 'economic-summary'), 'department', 'econClass'),
    cellText(tableOf(read, 'project-expenditure'), 'department', 'name'),
  ];
  return candidates.find((c) => /^[0-9A-Za-z]{1,20}$/.test(c));
}

const ADMIN = /^(2010301|2080501|2101101)$/;
const INSTITUTION = /^(2010350|2080502|2101102)$/;

/**
 * The units (spec §1.3, §3.2): in 部门 scope each unit row of 02表 (code, name), in 单位 scope the unit itself. Their
 * type is not printed; it is read from the 功能 项 of 03表 (M03: 2010301/2080501/2101101 are 行政, 2010350/2080502/
 * 2101102 事业): the base unit is 行政 when the document spends on 行政 items, the others 事业 when it spends on 事业 items.
 */
export function unitsOf(read: ReadDocument, code: string): { units: Json[]; notes: string[] } {
  const income = tableOf(read, 'income');
  const rows = read.facts.scope === '部门' && income ? income.rowKeys.flatMap((k) => (k?.startsWith('unit:') ? [{ code: k.slice(5), name: cellText(income, k, 'name') }] : [])) : [];
  const list = rows.length > 0 ? rows : [{ code, name: read.facts.fullName }];
  const funcs = (tableOf(read, 'expenditure-by-function')?.rowKeys ?? []).flatMap((k) => (k?.startsWith('func:') ? [k.slice(5)] : []));
  const admin = funcs.some((f) => ADMIN.test(f));
  const institution = funcs.some((f) => INSTITUTION.test(f));
  const units = list.map((u, i) => ({ ...u, type: i === 0 ? (admin || !institution ? '行政' : '事业') : institution ? '事业' : '行政', isBase: i === 0, divisions: [] as string[] }));
  return { units, notes: [`单位类型（行政/事业）未印在文档中，按03表的功能科目推定为：${units.map((u) => `${u.code} ${u.type}`).join('、')}，请核对`] };
}

/** The unit code of a unit name (the 项目单位 of a project), by the units read; the base unit when not found. */
function unitCodeOf(units: readonly Json[], name: string): string {
  return String((units.find((u) => u.name === name) ?? units[0])?.code ?? '');
}

const CATEGORIES = ['cost', 'output', 'effect', 'satisfaction'] as const;

/**
 * The projects (spec §3.12, §3.14): codes, names and indicators from the 项目绩效表, type and unit from the
 * 项目支出表, in the 项目支出表's order (projects only in the 项目绩效表 after them).
 */
export function projectsOf(read: ReadDocument, units: readonly Json[]): Json[] {
  const spending = tableOf(read, 'project-expenditure');
  const performance = tableOf(read, 'project-performance');
  const codes = [...(spending?.rowKeys ?? []), ...(performance?.rowKeys ?? [])].flatMap((k) => (k && /^project:[^/#]+$/.test(k) ? [k.slice(8)] : []));
  return [...new Set(codes)].map((code) => {
    const key = `project:${code}`;
    const name = cellText(spending, key, 'name') || cellText(performance, key, 'name');
    const type = cellText(spending, key, 'type') || cellText(performance, key, 'type');
    const unit = read.facts.scope === '部门' ? unitCodeOf(units, cellText(spending, key, 'unit')) : String(units[0]?.code ?? '');
    const indicators = Object.fromEntries(CATEGORIES.map((c) => [c, indicatorsOf(performance, key, c)]));
    return { code, name, unit, type: type === '特定目标类' ? '特定目标类' : '其他运转类', indicators };
  });
}

function indicatorsOf(table: GridTable | undefined, key: string, category: string): { name: string; value: string }[] {
  if (!table) return [];
  const rows = table.rowKeys.flatMap((k) => (k === key || k?.startsWith(`${key}/`) ? [k] : []));
  return rows.flatMap((k) => {
    const name = cellText(table, k, `${category}Name`);
    return name ? [{ name, value: cellText(table, k, `${category}Value`) }] : [];
  });
}

/** The current figures that become next year's 上年数 (roll.ts PriorFigures): 01表 totals and funds, 08表, 06表 公用经费. */
export function currentFigures(read: ReadDocument): Json {
  const income = tableOf(read, 'income-expenditure');
  const three = tableOf(read, 'three-public-costs');
  const basic = tableOf(read, 'basic-expenditure');
  const amount = (t: string) => (t === '' ? '0' : t);
  return {
    total: amount(figureText(income, 'grand-total', 'incomeAmount')),
    generalPublic: amount(figureText(income, 'general-public', 'incomeAmount')),
    govFund: amount(figureText(income, 'gov-fund', 'incomeAmount')),
    stateCapital: amount(figureText(income, 'state-capital', 'incomeAmount')),
    threePublic: {
      abroad: amount(figureText(three, 'total', 'abroad')),
      reception: amount(figureText(three, 'total', 'reception')),
      vehiclePurchase: amount(figureText(three, 'total', 'vehiclePurchase')),
      vehicleOps: amount(figureText(three, 'total', 'vehicleOps')),
    },
    operatingFunds: amount(figureText(basic, 'total', 'operating')),
  };
}
