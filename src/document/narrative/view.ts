import type { Change } from '../../compute/changes.js';
import { sharesAt, type BudgetFigures } from '../../compute/figures.js';
import type { Decimal } from '../../model/money.js';
import type { DocumentContext } from '../context.js';
import { INCOME_KEYS } from '../profile/options-schema.js';
import type { ProfileOptions } from '../profile.js';
import { styleOf } from '../style/resolve.js';
import { factsView, type FactsView } from './view-facts.js';
import { overviewView, type OverviewView } from './view-overview.js';

/** One year-on-year figure of 八/九/十(一): amount, change, and the reason printed when Δ ≠ 0. */
export interface ChangedAmount {
  amount: Decimal;
  change: Change | null;
  reason: string | null;
}

/**
 * Everything a narrative template reads (spec §2.0 symbols), already computed: templates only choose
 * wordings and format. Words an edition chooses (`word.travel`, …) come from the profile's texts.
 */
export interface NarrativeView {
  year: number;
  priorYear: number;
  fullName: string;
  shortName: string;
  /** `部门` in 部门 scope, '' in 单位 scope: `{Y}年{全称}部门预算说明` vs `…预算说明` (spec §1.2). */
  titleScope: string;
  /** {机关称谓}, default `局机关`. */
  bodyWord: string;
  options: ProfileOptions;
  /** `word.*` texts of the profile, without the prefix. */
  word: Record<string, string>;
  overview: OverviewView;
  /** Printed 收入合计: 本年收入 + 上年结转 (= the listed sources' sum). */
  incomeTotal: Decimal;
  /** 二: sources printed after `其中：`, in 01表 order: non-zero ones plus the profile's always-listed ones. */
  incomeSources: { key: (typeof INCOME_KEYS)[number]; label: string; amount: Decimal }[];
  total: Decimal;
  expenditure: BudgetFigures['expenditure'];
  generalPublic: BudgetFigures['generalPublic'];
  /** 四 also names 政府性基金 (E2022 always; later editions when it or its prior is non-zero). */
  showGovFund: boolean;
  govFund: ChangedAmount & { empty: boolean };
  stateCapital: ChangedAmount & { empty: boolean };
  threePublic: BudgetFigures['threePublic'];
  changes: BudgetFigures['changes'];
  shares: BudgetFigures['shares'];
  reasons: { total: string; income: string; expenditure: string; generalPublic: string };
  operatingFunds: ChangedAmount;
  procurement: BudgetFigures['procurement'];
  projects: { count: number; amount: Decimal };
  /** 部门重点绩效目标项目: how many, the first one's name, and whether it is the only one (then named alone, spec §2.10). */
  keyProjects: { count: number; first: string | null; single: boolean };
  vehicles: { general: number; lawEnforcement: number; special: number; other: number; total: number };
  assets: { otherVehicleNote: string | null; generalEquipmentOver50: number; specialEquipmentOver100: number };
  transfers: { count: number; amount: Decimal; names: string };
  /** The optional facts of issue 14 (reasons per 三公 item, contents, SME share, cut-off date, plans). */
  facts: FactsView;
}

/** Builds the view from the document context (the input's format overrides are applied by the caller). */
export function narrativeView(ctx: DocumentContext): NarrativeView {
  const { input, profile } = ctx;
  return {
    year: ctx.year,
    priorYear: ctx.priorYear,
    fullName: ctx.fullName,
    shortName: ctx.shortName,
    titleScope: ctx.scopeWord === '部门' ? '部门' : '',
    bodyWord: input.department.bodyWord ?? '局机关',
    options: profile.options,
    word: prefixed(profile.texts, 'word.'),
    overview: overviewView(input, profile.options),
    ...budgetFigures(ctx),
    ...otherMatters(ctx),
    facts: factsView(ctx),
  };
}

/** 一–七: totals, sources, shares and year-on-year changes (spec §2.1–§2.8). */
function budgetFigures(ctx: DocumentContext): Omit<NarrativeView, NameField | OtherMatter> {
  const { input, figures: f, profile } = ctx;
  const options = profile.options;
  const reasons = input.reasons;
  return {
    incomeTotal: f.total,
    incomeSources: incomeSources(f, profile.texts, String(options.incomeAlwaysListed ?? 'generalPublic')),
    total: f.total,
    expenditure: f.expenditure,
    generalPublic: f.generalPublic,
    showGovFund: options.fourAlwaysShowsGovFund === true || !f.govFund.isZero() || !f.changes.govFund.prior.isZero(),
    govFund: { ...changed(f.govFund, f.changes.govFund, reasons.govFund), empty: f.func.govFund.rows.length === 0 },
    stateCapital: { ...changed(f.stateCapital, f.changes.stateCapital, reasons.stateCapital), empty: f.func.stateCapital.rows.length === 0 },
    threePublic: f.threePublic,
    changes: f.changes,
    // Shares at the printed precision, so each pair prints to exactly 100 (spec §2.12).
    shares: sharesAt(f, styleOf(options).sharePercentDecimals ?? options.percentDecimals),
    reasons: {
      total: reasons.total,
      income: reasons.income ?? reasons.total,
      expenditure: reasons.expenditure ?? reasons.total,
      generalPublic: reasons.generalPublic ?? reasons.total,
    },
  };
}

/** 十 其他重要事项 (spec §2.9). */
function otherMatters(ctx: DocumentContext): Pick<NarrativeView, OtherMatter> {
  const { input, figures: f, profile } = ctx;
  const operatingChange = profile.options.operatingFundsChange === true ? f.changes.operatingFunds : null;
  return {
    operatingFunds: changed(f.operatingFunds, operatingChange, input.reasons.operatingFunds),
    procurement: f.procurement,
    projects: { count: f.projects.length, amount: f.expenditure.project },
    keyProjects: { count: f.keyProjects.length, first: f.keyProjects[0]?.name ?? null, single: f.keyProjects.length === 1 },
    vehicles: { ...input.assets.vehicles, total: f.vehiclesTotal },
    assets: {
      otherVehicleNote: input.assets.otherVehicleNote ?? null,
      generalEquipmentOver50: input.assets.generalEquipmentOver50,
      specialEquipmentOver100: input.assets.specialEquipmentOver100,
    },
    transfers: { count: input.transferPayments.length, amount: f.transferTotal, names: input.transferPayments.map((t) => t.name).join('、') },
  };
}

type NameField = 'year' | 'priorYear' | 'fullName' | 'shortName' | 'titleScope' | 'bodyWord' | 'options' | 'word' | 'overview' | 'facts';
type OtherMatter = 'operatingFunds' | 'procurement' | 'projects' | 'keyProjects' | 'vehicles' | 'assets' | 'transfers';

/** The reason is printed only with a change that is not flat. */
function changed(amount: Decimal, change: Change | null, reason: string | undefined): ChangedAmount {
  const printsReason = change !== null && change.direction !== 'flat';
  return { amount, change, reason: printsReason ? (reason ?? null) : null };
}

/** The income sources 二 lists, in 01表 order (INCOME_KEYS): the non-zero ones and those the profile always lists. */
export function incomeSources(f: BudgetFigures, texts: Record<string, string>, alwaysListed: string): NarrativeView['incomeSources'] {
  const always = new Set(alwaysListed.split(/[\s,]+/).filter(Boolean));
  return INCOME_KEYS.flatMap((key) => {
    const amount = key === 'carryOver' ? f.carryOver : f.sources[key];
    if (amount.isZero() && !always.has(key)) return [];
    const label = texts[`income.label.${key}`];
    if (label === undefined) throw new Error(`模板缺少文字 income.label.${key}`);
    return [{ key, label, amount }];
  });
}

function prefixed(texts: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}
