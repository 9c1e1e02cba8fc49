import type { ResolvedItem } from '../compute/items.js';
import { carryOver, type SourceAmounts } from '../compute/sources.js';
import type { DocumentContext } from '../document/context.js';
import { incomeSources } from '../document/narrative/view.js';
import type { Provenance } from '../document/model.js';
import { allOf, byBreakdown, byFamily, bySources, OPERATING_ITEMS, PERSONNEL_ITEMS, THREE_PUBLIC_ITEMS } from '../document/tables/selectors.js';
import type { Selector } from '../document/tables/spec.js';

/** A narrative figure explained: its Chinese name and where it comes from. */
export interface NarrativeFigure {
  label: string;
  source: Provenance;
}

const ALL: Selector = { label: '', test: () => true };
const GP = byFamily('一般公共预算', 'generalPublic');

/** Amount figures that add up line items: view path → name and selector. */
const AMOUNTS: Readonly<Record<string, readonly [string, Selector]>> = {
  total: ['收支总计', ALL],
  incomeTotal: ['收入合计', ALL],
  'expenditure.total': ['支出合计', ALL],
  'expenditure.basic': ['基本支出', byBreakdown('基本支出', 'basic')],
  'expenditure.project': ['项目支出', byBreakdown('项目支出', 'project')],
  'generalPublic.total': ['一般公共预算支出', GP],
  'generalPublic.basic': ['一般公共预算基本支出', allOf(GP, byBreakdown('基本支出', 'basic'))],
  'generalPublic.project': ['一般公共预算项目支出', allOf(GP, byBreakdown('项目支出', 'project'))],
  'generalPublic.personnel': ['人员经费', allOf(GP, byBreakdown('基本支出', 'basic'), PERSONNEL_ITEMS)],
  'generalPublic.operating': ['公用经费', allOf(GP, byBreakdown('基本支出', 'basic'), OPERATING_ITEMS)],
  'operatingFunds.amount': ['机关运行经费', allOf(GP, byBreakdown('基本支出', 'basic'), OPERATING_ITEMS)],
  'govFund.amount': ['政府性基金预算支出', byFamily('政府性基金', 'govFund')],
  'stateCapital.amount': ['国有资本经营预算支出', byFamily('国有资本经营预算', 'stateCapital')],
  'threePublic.total': ['“三公”经费合计', allOf(GP, THREE_PUBLIC_ITEMS.total)],
  'threePublic.abroad': ['因公出国（境）费', allOf(GP, THREE_PUBLIC_ITEMS.abroad)],
  'threePublic.reception': ['公务接待费', allOf(GP, THREE_PUBLIC_ITEMS.reception)],
  'threePublic.vehicles': ['公务用车购置及运行费', allOf(GP, THREE_PUBLIC_ITEMS.vehicles)],
  'threePublic.vehiclePurchase': ['公务用车购置费', allOf(GP, THREE_PUBLIC_ITEMS.vehiclePurchase)],
  'threePublic.vehicleOps': ['公务用车运行费', allOf(GP, THREE_PUBLIC_ITEMS.vehicleOps)],
  'projects.amount': ['项目支出', byBreakdown('项目支出', 'project')],
};

/** Year-on-year figures: the view path of the change → its current figure and the prior-year input paths (`a|b`: a when given, else b). */
const CHANGES: Readonly<Record<string, readonly [string, string, readonly string[]]>> = {
  'changes.total': ['收支总计', 'total', ['prior.total']],
  'changes.income': ['收入总计', 'total', ['prior.totalIncome|prior.total']],
  'changes.expenditure': ['支出总计', 'total', ['prior.totalExpenditure|prior.total']],
  'changes.generalPublic': ['一般公共预算支出', 'generalPublic.total', ['prior.generalPublic']],
  'changes.govFund': ['政府性基金预算支出', 'govFund.amount', ['prior.govFund']],
  'govFund.change': ['政府性基金预算支出', 'govFund.amount', ['prior.govFund']],
  'changes.stateCapital': ['国有资本经营预算支出', 'stateCapital.amount', ['prior.stateCapital']],
  'stateCapital.change': ['国有资本经营预算支出', 'stateCapital.amount', ['prior.stateCapital']],
  'changes.threePublic.total': ['“三公”经费合计', 'threePublic.total', ['prior.threePublic.abroad', 'prior.threePublic.reception', 'prior.threePublic.vehiclePurchase', 'prior.threePublic.vehicleOps']],
  'changes.threePublic.abroad': ['因公出国（境）费', 'threePublic.abroad', ['prior.threePublic.abroad']],
  'changes.threePublic.reception': ['公务接待费', 'threePublic.reception', ['prior.threePublic.reception']],
  'changes.threePublic.vehicles': ['公务用车购置及运行费', 'threePublic.vehicles', ['prior.threePublic.vehiclePurchase', 'prior.threePublic.vehicleOps']],
  'changes.threePublic.vehiclePurchase': ['公务用车购置费', 'threePublic.vehiclePurchase', ['prior.threePublic.vehiclePurchase']],
  'changes.threePublic.vehicleOps': ['公务用车运行费', 'threePublic.vehicleOps', ['prior.threePublic.vehicleOps']],
  'operatingFunds.change': ['机关运行经费', 'operatingFunds.amount', ['prior.operatingFunds']],
};

/** Shares of a whole: the view path → the two parts, as amount keys. */
const SHARES: Readonly<Record<string, readonly [string, string, string]>> = {
  'shares.expenditure': ['支出', 'expenditure.basic', 'expenditure.project'],
  'shares.generalPublic': ['一般公共预算支出', 'generalPublic.basic', 'generalPublic.project'],
  'shares.basic': ['一般公共预算基本支出', 'generalPublic.personnel', 'generalPublic.operating'],
};

/** Input facts printed as they are: view path pattern → name and input path. */
const FACTS: readonly (readonly [RegExp, string, (m: RegExpExecArray) => string])[] = [
  [/^year$/, '预算年度', () => 'year'],
  [/^priorYear$/, '上一年度', () => 'year'],
  [/^vehicles\.(general|lawEnforcement|special|other)$/, '车辆数', (m) => `assets.vehicles.${m[1]}`],
  [/^assets\.(\w+)$/, '资产', (m) => `assets.${m[1]}`],
  [/^procurement\.goods$/, '政府采购预算 货物类', () => 'procurement.goods'],
  [/^procurement\.works$/, '政府采购预算 工程类', () => 'procurement.works'],
  [/^procurement\.services$/, '政府采购预算 服务类', () => 'procurement.services'],
  [/^reasons\.(\w+)$/, '变动原因', (m) => `reasons.${m[1]}`],
  [/^overview\.divisions$/, '内设机构', () => 'units'],
  [/^(govFund|stateCapital|operatingFunds)\.reason$/, '变动原因', (m) => `reasons.${m[1]}`],
  [/^overview\.duties\.(\d+)\.(text|prefix)$/, '主要职责', (m) => `overview.duties[${m[1]}]`],
  [/^overview\.subunits\.(\d+)\.(name|prefix)$/, '所属单位', () => 'units'],
];

/** Every narrative figure key the registry can explain, printed or not (explain answers both). */
export function knownFigureKeys(): string[] {
  return [
    ...Object.keys(AMOUNTS),
    ...Object.keys(CHANGES).flatMap((k) => [`${k}.delta`, `${k}.growth`, `${k}.prior`]),
    ...Object.keys(SHARES).flatMap((k) => [`${k}.first`, `${k}.second`]),
    'projects.count',
    'keyProjects.count',
    'transfers.count',
    'transfers.amount',
    'procurement.total',
    'vehicles.total',
  ];
}

/**
 * Where a figure printed in the narrative comes from, by its slot key (the template path it was read
 * from, slots.ts): line items through the same selectors as the tables, prior-year facts by path, and
 * computed figures (changes, shares) by the figures they are computed from.
 */
export function narrativeFigure(key: string, ctx: DocumentContext): NarrativeFigure | undefined {
  const amount = AMOUNTS[key];
  if (amount) return { label: amount[0], source: sumOf(amount[1], ctx.figures.items) };
  const income = /^incomeSources\.(\d+)\.amount$/.exec(key);
  if (income) return incomeSource(Number(income[1]), ctx);
  const change = /^(.+)\.(delta|growth|prior)$/.exec(key);
  const changed = change ? CHANGES[change[1] ?? ''] : undefined;
  if (change && changed) return changeFigure(changed, change[2] ?? '', ctx);
  const share = /^(shares\.\w+)\.(first|second)$/.exec(key);
  const parts = share ? SHARES[share[1] ?? ''] : undefined;
  if (share && parts) {
    const part = share[2] === 'first' ? parts[1] : parts[2];
    return {
      label: `${AMOUNTS[part]?.[0] ?? part}占${parts[0]}的比例`,
      source: { formula: `${AMOUNTS[part]?.[0] ?? part} ÷ (${AMOUNTS[parts[1]]?.[0]} + ${AMOUNTS[parts[2]]?.[0]}) × 100%（两项之和打印为 100%）`, inputs: [], from: [parts[1], parts[2]] },
    };
  }
  return counted(key, ctx) ?? fact(key);
}

function sumOf(select: Selector, items: readonly ResolvedItem[]): Provenance {
  const chosen = items.filter((i) => select.test(i));
  const scope = select.label ? `［${select.label}］` : '（全部）';
  return { formula: `Σ 支出明细金额${scope}`, inputs: chosen.map((i) => `lineItems[${i.index}].amount`) };
}

function incomeSource(index: number, ctx: DocumentContext): NarrativeFigure | undefined {
  const listed = incomeSources(ctx.figures, ctx.profile.texts, String(ctx.profile.options.incomeAlwaysListed ?? 'generalPublic'));
  const entry = listed[index];
  if (!entry) return undefined;
  const key = entry.key;
  return { label: entry.label, source: sumOf(bySources(entry.label, key === 'carryOver' ? carryOver : (s: SourceAmounts) => s[key]), ctx.figures.items) };
}

function changeFigure([label, current, prior]: readonly [string, string, readonly string[]], part: string, ctx: DocumentContext): NarrativeFigure {
  const priorPaths = prior.map((p) => p.split('|').find((path) => hasPath(ctx, path)) ?? p.split('|').at(-1) ?? p);
  if (part === 'prior') return { label: `${label} 上年数`, source: { formula: '上年预算数（填报）', inputs: priorPaths } };
  if (part === 'delta') return { label: `${label} 增减额`, source: { formula: `|本年 ${label} − 上年数|`, inputs: priorPaths, from: [current] } };
  return { label: `${label} 增长率`, source: { formula: `(本年 ${label} − 上年数) ÷ 上年数 × 100%`, inputs: priorPaths, from: [current] } };
}

function hasPath(ctx: DocumentContext, path: string): boolean {
  let at: unknown = ctx.input;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return at !== undefined;
}

function counted(key: string, ctx: DocumentContext): NarrativeFigure | undefined {
  const list = (label: string, path: string, n: number): NarrativeFigure => ({
    label,
    source: { formula: `${label}：计数`, inputs: Array.from({ length: n }, (_, i) => `${path}[${i}]`) },
  });
  if (key === 'projects.count') return list('项目个数', 'projects', ctx.input.projects.length);
  if (key === 'keyProjects.count') return list('重点评价项目个数', 'keyEvaluationProjects', ctx.input.keyEvaluationProjects.length);
  if (key === 'transfers.count') return list('转移支付项目个数', 'transferPayments', ctx.input.transferPayments.length);
  if (key === 'transfers.amount')
    return { label: '转移支付金额', source: { formula: 'Σ 转移支付金额', inputs: ctx.input.transferPayments.map((_, i) => `transferPayments[${i}].amount`) } };
  if (key === 'procurement.total')
    return { label: '政府采购预算合计', source: { formula: '货物 + 工程 + 服务', inputs: ['procurement.goods', 'procurement.works', 'procurement.services'] } };
  if (key === 'vehicles.total')
    return { label: '车辆合计', source: { formula: '各类车辆之和', inputs: ['general', 'lawEnforcement', 'special', 'other'].map((k) => `assets.vehicles.${k}`) } };
  return undefined;
}

function fact(key: string): NarrativeFigure | undefined {
  for (const [pattern, label, path] of FACTS) {
    const m = pattern.exec(key);
    if (m) return { label, source: { formula: '填报数据', inputs: [path(m)] } };
  }
  return undefined;
}
