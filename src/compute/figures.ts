import type { BudgetInput, Project, Unit } from '../model/schema.js';
import { isBlank } from '../model/blank.js';
import { add, Decimal, ZERO, sum } from '../model/money.js';
import { change, sharePair, type Change, type SharePair } from './changes.js';
import { codeListsFor, type CodeLists } from './codes.js';
import { groupInOrder, resolveItems, type ResolvedItem } from './items.js';
import { econRows, expenditureOf, funcRows, sourcesOf, type EconRow, type ExpenditureBreakdown, type FuncRow } from './breakdown.js';
import { currentIncome, carryOver, grandTotal, sourceFamily, type SourceAmounts, type SourceFamily } from './sources.js';
import { projectFigures, type ProjectFigures } from './projects.js';
import { operatingFundRows, type OperatingFundUnit } from './operating-funds.js';

/** 03-style rows restricted to one budget family (05/09/10) or to all sources (03). */
export interface FuncTable {
  total: ExpenditureBreakdown;
  rows: FuncRow[];
}

/** Per 功能 类 (first 3 digits) amounts for the 01/04 tables. */
export interface ClassAmounts {
  all: Decimal;
  generalPublic: Decimal;
  generalPublicAppropriation: Decimal;
  govFund: Decimal;
  stateCapital: Decimal;
}

export interface ThreePublicCosts {
  abroad: Decimal;
  reception: Decimal;
  vehiclePurchase: Decimal;
  vehicleOps: Decimal;
  vehicles: Decimal;
  total: Decimal;
}

export interface UnitFigures {
  unit: Unit;
  sources: SourceAmounts;
  expenditure: ExpenditureBreakdown;
}

/** Every derived figure of one budget, exact (spec §2.0, §4.3). Rounding happens only when printing. */
export interface BudgetFigures {
  year: number;
  priorYear: number;
  codes: CodeLists;
  items: ResolvedItem[];
  sources: SourceAmounts;
  /** INC 本年收入合计, carry-over, TOT 收入总计 = 支出总计. */
  income: Decimal;
  carryOver: Decimal;
  total: Decimal;
  expenditure: ExpenditureBreakdown;
  units: UnitFigures[];
  func: Record<'all' | 'generalPublic' | 'govFund' | 'stateCapital', FuncTable>;
  byClass: Map<string, ClassAmounts>;
  /** 06: 一般公共预算 基本 items by (部门经济, 政府经济); 07: all items. */
  basicEconRows: EconRow[];
  econRows: EconRow[];
  /** 一般公共预算 totals: GPB, GPB_B, GPB_P; 人员/公用 (R, G) of its 基本. */
  generalPublic: { total: Decimal; basic: Decimal; project: Decimal; personnel: Decimal; operating: Decimal };
  govFund: Decimal;
  stateCapital: Decimal;
  threePublic: ThreePublicCosts;
  /** 机构运转经费 = 一般公共预算 公用经费 (spec §2.9). */
  operatingFunds: Decimal;
  operatingFundUnits: OperatingFundUnit[];
  projects: ProjectFigures[];
  keyProjects: Project[];
  procurement: { goods: Decimal; works: Decimal; services: Decimal; total: Decimal };
  vehiclesTotal: number;
  transferTotal: Decimal;
  changes: {
    total: Change;
    income: Change;
    expenditure: Change;
    generalPublic: Change;
    govFund: Change;
    stateCapital: Change;
    threePublic: Record<keyof ThreePublicCosts, Change>;
    operatingFunds: Change | null;
  };
  shares: { expenditure: SharePair | null; generalPublic: SharePair | null; basic: SharePair | null };
}

/** The 部门经济 code of each 三公 item (spec §2.8). */
export const THREE_PUBLIC_CODES = { abroad: '30212', vehiclePurchase: '31013', vehicleOps: '30231', reception: '30217' } as const;

/** Computes every figure from a parsed input; pure apart from reading the bundled code lists once. */
export function computeFigures(input: BudgetInput): BudgetFigures {
  const codes = codeListsFor(input.year);
  const items = resolveItems(input, codes);
  const family = (f: SourceFamily) => items.filter((i) => sourceFamily(i.source) === f);
  const gpItems = family('generalPublic');
  const gpBasic = gpItems.filter((i) => i.kind === '基本');
  const sources = sourcesOf(items);
  const expenditure = expenditureOf(items);
  const gpExpenditure = expenditureOf(gpItems);
  const basicRows = econRows(gpBasic);
  const personnel = sum(basicRows.map((r) => r.personnel));
  const operating = sum(basicRows.map((r) => r.operating));
  const threePublic = threePublicOf(gpItems);
  const income = currentIncome(sources);
  const total = grandTotal(sources);
  const priorThree = input.prior.threePublic;
  const priorVehicles = priorThree.vehiclePurchase.plus(priorThree.vehicleOps);
  const priorThreeTotal = priorThree.abroad.plus(priorThree.reception).plus(priorVehicles);
  const procurement = input.procurement;
  // Each family's table total is the Σ of its items' amounts, in item order: its total column is the family's amount.
  const govFundTable = funcTable(family('govFund'));
  const stateCapitalTable = funcTable(family('stateCapital'));
  const govFund = govFundTable.total.total;
  const stateCapital = stateCapitalTable.total.total;
  const projects = projectFigures(input, items);
  const projectsByCode = new Map(input.projects.map((p) => [p.code, p]));
  const v = input.assets.vehicles;

  return {
    year: input.year,
    priorYear: input.year - 1,
    codes,
    items,
    sources,
    income,
    carryOver: carryOver(sources),
    total,
    expenditure,
    units: unitFigures(input.units, items),
    func: {
      all: funcTable(items, expenditure),
      generalPublic: funcTable(gpItems, gpExpenditure),
      govFund: govFundTable,
      stateCapital: stateCapitalTable,
    },
    byClass: classAmounts(items),
    basicEconRows: basicRows,
    econRows: econRows(items),
    generalPublic: { total: gpExpenditure.total, basic: gpExpenditure.basic, project: gpExpenditure.project, personnel, operating },
    govFund,
    stateCapital,
    threePublic,
    operatingFunds: operating,
    operatingFundUnits: operatingFundRows(input.units, items),
    projects,
    keyProjects: input.keyEvaluationProjects.flatMap((c) => projectsByCode.get(c) ?? []),
    procurement: { ...procurement, total: procurement.goods.plus(procurement.works).plus(procurement.services) },
    vehiclesTotal: v.general + v.lawEnforcement + v.special + v.other,
    transferTotal: sum(input.transferPayments.map((t) => t.amount)),
    changes: {
      total: change(total, input.prior.total),
      income: change(total, input.prior.totalIncome ?? input.prior.total),
      expenditure: change(total, input.prior.totalExpenditure ?? input.prior.total),
      generalPublic: change(gpExpenditure.total, input.prior.generalPublic),
      govFund: change(govFund, input.prior.govFund),
      stateCapital: change(stateCapital, input.prior.stateCapital),
      threePublic: {
        abroad: change(threePublic.abroad, priorThree.abroad),
        reception: change(threePublic.reception, priorThree.reception),
        vehiclePurchase: change(threePublic.vehiclePurchase, priorThree.vehiclePurchase),
        vehicleOps: change(threePublic.vehicleOps, priorThree.vehicleOps),
        vehicles: change(threePublic.vehicles, priorVehicles),
        total: change(threePublic.total, priorThreeTotal),
      },
      // A prior published blank (“—”) is unknown, like an absent one: no comparison is printed.
      operatingFunds: input.prior.operatingFunds === undefined || isBlank(input.prior.operatingFunds) ? null : change(operating, input.prior.operatingFunds),
    },
    shares: {
      expenditure: sharePair(expenditure.basic, expenditure.project),
      generalPublic: sharePair(gpExpenditure.basic, gpExpenditure.project),
      basic: sharePair(personnel, operating),
    },
  };
}

/** A 功能分类 table of `items`; `total` is their breakdown when already worked out (03's is `expenditure`, 05's the 一般公共预算 one). */
function funcTable(items: readonly ResolvedItem[], total: ExpenditureBreakdown = expenditureOf(items)): FuncTable {
  return { total, rows: funcRows(items) };
}

function threePublicOf(gpItems: readonly ResolvedItem[]): ThreePublicCosts {
  const byCode = (code: string) => sum(gpItems.filter((i) => i.econ === code).map((i) => i.amount));
  const abroad = byCode(THREE_PUBLIC_CODES.abroad);
  const reception = byCode(THREE_PUBLIC_CODES.reception);
  const vehiclePurchase = byCode(THREE_PUBLIC_CODES.vehiclePurchase);
  const vehicleOps = byCode(THREE_PUBLIC_CODES.vehicleOps);
  const vehicles = vehiclePurchase.plus(vehicleOps);
  return { abroad, reception, vehiclePurchase, vehicleOps, vehicles, total: abroad.plus(reception).plus(vehicles) };
}

function classAmounts(items: readonly ResolvedItem[]): Map<string, ClassAmounts> {
  const map = new Map<string, ClassAmounts>();
  for (const item of items) {
    const key = item.func.slice(0, 3);
    const c = map.get(key) ?? { all: ZERO, generalPublic: ZERO, generalPublicAppropriation: ZERO, govFund: ZERO, stateCapital: ZERO };
    c.all = add(c.all, item.amount);
    const f = sourceFamily(item.source);
    if (f === 'generalPublic') c.generalPublic = add(c.generalPublic, item.amount);
    if (f === 'govFund') c.govFund = add(c.govFund, item.amount);
    if (f === 'stateCapital') c.stateCapital = add(c.stateCapital, item.amount);
    if (item.source === '一般公共预算.财政拨款') c.generalPublicAppropriation = add(c.generalPublicAppropriation, item.amount);
    map.set(key, c);
  }
  return map;
}

/** The three two-way shares (三, 五, 六) at `decimals` places; `figures.shares` holds them at 2 (spec §2.12). */
export function sharesAt(figures: BudgetFigures, decimals: number): BudgetFigures['shares'] {
  const gp = figures.generalPublic;
  return {
    expenditure: sharePair(figures.expenditure.basic, figures.expenditure.project, decimals),
    generalPublic: sharePair(gp.basic, gp.project, decimals),
    basic: sharePair(gp.personnel, gp.operating, decimals),
  };
}

/** Each unit's own sources and expenditure; the items are grouped by unit once (not filtered again for each unit). */
function unitFigures(units: readonly Unit[], items: readonly ResolvedItem[]): UnitFigures[] {
  const byUnit = groupInOrder(items, (i) => i.unit.code);
  return units.map((unit) => {
    const own = byUnit.get(unit.code) ?? [];
    return { unit, sources: sourcesOf(own), expenditure: expenditureOf(own) };
  });
}
