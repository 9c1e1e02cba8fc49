import type { CodeLists } from '../../compute/codes.js';
import type { AmountRow } from './place-amounts.js';
import type { Token } from './tokens.js';

/** The label cells of one row as read, by column key, and the row's part in the column sums. */
export interface LabelCells {
  cells: Record<string, string>;
  role: AmountRow['role'];
}

/** What a grammar knows besides the row's words: the units' names (to cut a 项目单位 off a project name). */
export interface GrammarContext {
  unitNames: readonly string[];
}

/** Reads a row's label words (codes and texts) into its label columns. */
export type Grammar = (labels: readonly Token[], ctx: GrammarContext) => LabelCells;

const join = (tokens: readonly Token[]) => tokens.map((t) => t.text).join('');
const isTotal = (tokens: readonly Token[]) => join(tokens) === '合计';
const digits = (t: Token | undefined, n: number) => t?.kind === 'code' && t.text.length === n;

/** 03/05/09/10 (spec §3.3): `合计`; the group row (code, name); a 项 row `201 03 01 行政运行`. */
const byFunction: Grammar = (labels): LabelCells => {
  if (isTotal(labels)) return { cells: { name: '合计' }, role: 'total' };
  const [a, b, c] = labels;
  if (digits(a, 3) && digits(b, 2) && digits(c, 2)) return { cells: { class: a!.text, section: b!.text, item: c!.text, name: join(labels.slice(3)) }, role: 'detail' };
  if (a?.kind === 'code') return { cells: { unitCode: a.text, name: join(labels.slice(1)) }, role: 'group' };
  return { cells: { name: join(labels) }, role: 'other' };
};

/** 02 (spec §3.2): `合计`, then code and name rows (the group row, then each unit's). */
const income: Grammar = (labels): LabelCells => {
  if (isTotal(labels)) return { cells: { name: '合计' }, role: 'total' };
  const [a] = labels;
  if (a?.kind === 'code') return { cells: { code: a.text, name: join(labels.slice(1)) }, role: 'other' };
  return { cells: { name: join(labels) }, role: 'other' };
};

/** 06 (spec §3.6): `合计`; `30101 基本工资 50101 工资奖金津补贴`, names wrapped over lines. */
const basic: Grammar = (labels): LabelCells => {
  if (isTotal(labels)) return { cells: { econ: '合计' }, role: 'total' };
  const second = labels.findIndex((t, i) => i > 0 && digits(t, 5));
  if (digits(labels[0], 5) && second > 0)
    return { cells: { econ: labels[0]!.text, econName: join(labels.slice(1, second)), govEcon: labels[second]!.text, govEconName: join(labels.slice(second + 1)) }, role: 'detail' };
  return { cells: { econName: join(labels) }, role: 'other' };
};

/** 07 (spec §3.7): `合计`; the group row; `301 01 基本工资 501 01 工资奖金津补贴`. */
const economic: Grammar = (labels): LabelCells => {
  if (isTotal(labels)) return { cells: { econName: '合计' }, role: 'total' };
  const gov = labels.findIndex((t, i) => i > 1 && digits(t, 3) && digits(labels[i + 1], 2));
  if (digits(labels[0], 3) && digits(labels[1], 2) && gov > 1) {
    const cells = { econClass: labels[0]!.text, econSection: labels[1]!.text, econName: join(labels.slice(2, gov)), govClass: labels[gov]!.text, govSection: labels[gov + 1]!.text, govName: join(labels.slice(gov + 2)) };
    return { cells, role: 'detail' };
  }
  if (labels[0]?.kind === 'code') return { cells: { econClass: labels[0].text, econName: join(labels.slice(1)) }, role: 'group' };
  return { cells: { econName: join(labels) }, role: 'other' };
};

const TYPES = ['其他运转类', '特定目标类'];

/** 项目支出表 (spec §3.12): the blank-label total row, the group row (code, name), `类型 项目名称 项目单位` rows. */
const projects: Grammar = (labels, ctx): LabelCells => {
  if (labels.length === 0) return { cells: {}, role: 'total' };
  if (labels[0]?.kind === 'code') return { cells: { name: labels[0].text, unit: join(labels.slice(1)) }, role: 'group' };
  const text = join(labels);
  if (text === '合计') return { cells: { type: '合计' }, role: 'total' };
  const type = TYPES.find((t) => text.startsWith(t)) ?? '';
  const rest = text.slice(type.length);
  const unit = [...ctx.unitNames].sort((a, b) => b.length - a.length).find((u) => u && rest.endsWith(u) && rest.length > u.length) ?? '';
  return { cells: { type, name: rest.slice(0, rest.length - unit.length), unit }, role: type ? 'detail' : 'other' };
};

const CATEGORIES = ['公用经费', '工会经费', '职工福利费', '公务交通补贴'];

/** E2024 11表 (spec §3.11): `合计` (in 项目类别), the group and unit rows (code, name), `30201 办公费 公用经费` rows. */
const operatingFunds: Grammar = (labels): LabelCells => {
  if (isTotal(labels)) return { cells: { category: '合计' }, role: 'total' };
  const first = labels[0];
  if (digits(first, 5)) {
    const text = join(labels.slice(1));
    const category = CATEGORIES.find((c) => text.endsWith(c)) ?? '';
    return { cells: { code: first!.text, name: text.slice(0, text.length - category.length), category }, role: 'detail' };
  }
  if (first?.kind === 'code') return { cells: { code: first.text, name: join(labels.slice(1)) }, role: 'group' };
  return { cells: { name: join(labels) }, role: 'other' };
};

/** 08 (spec §3.8): one row of amounts. */
const threePublic: Grammar = (): LabelCells => ({ cells: {}, role: 'other' });

/** Words that start a row of each spec: a code or 合计, a project type for the 项目支出表; other words after a row's amounts continue its labels. */
export const ROW_STARTS: Readonly<Record<string, (token: Token) => boolean>> = {
  'project-expenditure': (t) => t.kind === 'code' || t.text === '合计' || /^(其他运转|特定目标)/.test(t.text),
};

/** A row starts with a code or 合计 unless the spec says otherwise. */
export function startsRow(spec: string): (token: Token) => boolean {
  return ROW_STARTS[spec] ?? ((t) => t.kind === 'code' || t.text === '合计');
}

/**
 * The official name a label cell of a row should read, from the code lists (spec §6): where a wrapped name left
 * words after the amounts, they go to the cell whose name they complete (07表 `其他社会 … 保障缴费` and `社会保障 … 缴费`).
 */
export function officialNames(spec: string, cells: Readonly<Record<string, string>>, lists: CodeLists): Record<string, string> {
  const dept = (code: string | undefined) => (code ? lists.deptEconomic.get(code) : undefined);
  const gov = (code: string | undefined) => (code ? lists.govEconomic.get(code) : undefined);
  const pick = (entries: [string, string | undefined][]) => Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
  if (spec === 'economic-summary') return pick([['econName', dept((cells.econClass ?? '') + (cells.econSection ?? ''))], ['govName', gov((cells.govClass ?? '') + (cells.govSection ?? ''))]]);
  if (spec === 'basic-expenditure') return pick([['econName', dept(cells.econ)], ['govEconName', gov(cells.govEcon)]]);
  if (spec === 'expenditure-by-function') return pick([['name', lists.functional.get((cells.class ?? '') + (cells.section ?? '') + (cells.item ?? ''))]]);
  return {};
}

/** The label columns a row's tail may continue, in print order, by spec. */
export const TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  income: ['name'],
  'expenditure-by-function': ['name'],
  'basic-expenditure': ['econName', 'govEconName'],
  'economic-summary': ['econName', 'govName'],
  'project-expenditure': ['name', 'unit'],
};

/** The grammar of each table spec read from space-separated text. */
export const GRAMMARS: Readonly<Record<string, Grammar>> = {
  income,
  'expenditure-by-function': byFunction,
  'basic-expenditure': basic,
  'economic-summary': economic,
  'project-expenditure': projects,
  'three-public-costs': threePublic,
  'operating-funds': operatingFunds,
};
