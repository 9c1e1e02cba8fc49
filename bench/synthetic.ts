import { Decimal, sum } from '../src/model/money.js';
import type { BudgetInputJson, FundSource } from '../src/model/schema.js';
import { Random } from './random.js';
import { codePool, type CodePool } from './synthetic-codes.js';
import { seedTexts } from './synthetic-texts.js';

/** How big a synthetic budget is: units × projects × line items (about; every project gets at least one item). */
export interface SyntheticShape {
  units: number;
  projects: number;
  lineItems: number;
  year?: number;
  seed?: number;
}

type LineItemJson = BudgetInputJson['lineItems'][number];
type UnitJson = BudgetInputJson['units'][number];
type ProjectJson = NonNullable<BudgetInputJson['projects']>[number];

/**
 * A valid, realistic 部门 (or 单位 when one unit) input of the given shape: codes from data/codes, texts from
 * the seeds, 2-decimal amounts; deterministic for a seed.
 */
export function syntheticInput(shape: SyntheticShape): BudgetInputJson {
  const random = new Random(shape.seed ?? 20240101);
  const year = shape.year ?? 2024;
  const pool = codePool(year, Math.min(60, 8 + 2 * shape.units), random);
  const units = makeUnits(shape.units, random);
  const planned = makeProjects(shape.projects, units, pool, random);
  const projects = planned.map((p) => p.project);
  const basicPerUnit = Math.max(3, Math.floor((shape.lineItems - shape.projects) / shape.units));
  const basic = units.flatMap((unit) => basicItems(unit, basicPerUnit, pool, random));
  const projectItemCount = Math.max(shape.projects, shape.lineItems - basic.length);
  const projectLines = projectItems(planned, projectItemCount, pool, random);
  const lineItems = distinct([...basic, ...projectLines]);
  for (const { project } of planned) project.indicators = { ...project.indicators, cost: [costIndicator(project, lineItems)] };
  return {
    year,
    scope: shape.units > 1 ? '部门' : '单位',
    // 单位 scope: the department code is the unit's own (spec §4.2).
    department: { code: shape.units > 1 ? '113' : '113001', name: '洛阳市合成测试局', shortName: '市合成测试局' },
    units,
    overview: { duties: seedTexts().duties },
    lineItems,
    projects,
    ...priorAndTotals(lineItems, projects, random),
    overallPerformance: seedTexts().overallPerformance,
  };
}

function makeUnits(count: number, random: Random): UnitJson[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `113${String(i + 1).padStart(3, '0')}`,
    name: i === 0 ? '洛阳市合成测试局' : `洛阳市合成测试局第${i}${random.pick(['服务中心', '事务中心', '监测站', '研究所'])}`,
    type: i === 0 || random.chance(0.3) ? '行政' : '事业',
    isBase: i === 0,
    divisions: i === 0 ? seedTexts().divisions : [],
  }));
}

/** A project and the 功能 项 its items are booked under. */
interface PlannedProject {
  project: ProjectJson;
  func: string;
}

function makeProjects(count: number, units: UnitJson[], pool: CodePool, random: Random): PlannedProject[] {
  const templates = seedTexts().projects;
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length];
    const unit = units[i % units.length];
    if (!template || !unit) throw new Error('example 000 has no projects');
    const project: ProjectJson = {
      ...template,
      code: `4103${unit.code}Y${String(i + 1).padStart(7, '0')}`,
      name: i < templates.length ? template.name : `${template.name}（${Math.floor(i / templates.length) + 1}）`,
      unit: unit.code,
      type: random.chance(0.6) ? '其他运转类' : '特定目标类',
    };
    // 事业运行 (…50) and 事业单位离退休 are a 事业单位's 功能 项, 行政运行 (…01) and 行政单位离退休 an administrative
    // unit's: a project books under one that fits its unit (rule M03).
    const foreign = unit.type === '行政' ? (f: string) => f.endsWith('50') || f === '2080502' : (f: string) => f.endsWith('01') || f === '2080501';
    const funcs = pool.projectFunc.filter((f) => !foreign(f));
    return { project, func: random.pick(funcs.length > 0 ? funcs : pool.projectFunc) };
  });
}

function basicItems(unit: UnitJson, count: number, pool: CodePool, random: Random): LineItemJson[] {
  const pairs = pool.basic[unit.type];
  return Array.from({ length: count }, (_, i) => {
    const [func, econ] = pairs[i % pairs.length] ?? ['2010301', '30101'];
    const personnel = econ.startsWith('301') || econ.startsWith('303');
    const source: FundSource = i >= pairs.length && unit.type === '事业' ? '单位资金.事业收入' : '一般公共预算.财政拨款';
    return { unit: unit.code, func, econ, kind: '基本', source, amount: amount(random, personnel ? 400 : 30) };
  });
}

/** Spreads `count` items over the projects: each gets one, the rest go at random. */
function projectItems(projects: PlannedProject[], count: number, pool: CodePool, random: Random): LineItemJson[] {
  const perProject = projects.map(() => 1);
  for (let i = projects.length; i < count && projects.length > 0; i++) {
    const p = random.int(0, projects.length - 1);
    perProject[p] = (perProject[p] ?? 1) + 1;
  }
  return projects.flatMap(({ project, func }, p) =>
    Array.from({ length: perProject[p] ?? 1 }, (): LineItemJson => ({
      unit: project.unit,
      func,
      econ: random.pick(pool.projectEcon),
      kind: '项目',
      project: project.code,
      source: random.chance(0.9) ? '一般公共预算.财政拨款' : '财政专户管理资金',
      amount: amount(random, 200),
    })),
  );
}

/**
 * The items with no two alike (rule I06 asks whether an identical item was entered twice): a repeat's amount is
 * raised by 0.01 until it differs. Small skewed amounts repeat often on one code pair.
 */
function distinct(items: LineItemJson[]): LineItemJson[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const key = (amount: string) => [item.unit, item.func, item.econ, item.kind, item.project ?? '', item.source, amount].join('|');
    let value = new Decimal(item.amount);
    while (seen.has(key(value.toFixed(2)))) value = value.plus('0.01');
    seen.add(key(value.toFixed(2)));
    return { ...item, amount: value.toFixed(2) };
  });
}

/** The project's cost indicator: its budget, as a real one states it (rules P01, P02 compare the two). */
function costIndicator(project: ProjectJson, items: LineItemJson[]): { name: string; value: string } {
  const total = sum(items.filter((i) => i.project === project.code).map((i) => new Decimal(i.amount)));
  return { name: '项目总成本', value: `≤${total.toFixed(2)}万元` };
}

/** A positive 2-decimal amount up to `max` 万元 (skewed small, as real budgets are). */
function amount(random: Random, max: number): string {
  const cents = Math.max(1, Math.floor(random.next() ** 2 * max * 100));
  return new Decimal(cents).div(100).toFixed(2);
}

function priorAndTotals(items: LineItemJson[], projects: ProjectJson[], random: Random): Pick<BudgetInputJson, 'prior' | 'reasons' | 'procurement' | 'assets' | 'transferPayments' | 'keyEvaluationProjects'> {
  const total = sum(items.map((i) => new Decimal(i.amount)));
  const general = sum(items.filter((i) => i.source === '一般公共预算.财政拨款').map((i) => new Decimal(i.amount)));
  const byEcon = (code: string) => sum(items.filter((i) => i.econ === code && i.source === '一般公共预算.财政拨款').map((i) => new Decimal(i.amount)));
  const operating = sum(items.filter((i) => i.kind === '基本' && /^3(02|10|09)/.test(i.econ) && i.source === '一般公共预算.财政拨款').map((i) => new Decimal(i.amount)));
  const scale = (value: Decimal) => value.times(random.int(85, 115)).div(100).toDecimalPlaces(2).toFixed(2);
  const services = sum(items.filter((i) => i.kind === '项目' && i.econ.startsWith('302')).map((i) => new Decimal(i.amount)));
  return {
    prior: {
      total: scale(total),
      generalPublic: scale(general),
      govFund: '0',
      threePublic: { abroad: '0', reception: scale(byEcon('30217')), vehiclePurchase: '0', vehicleOps: scale(byEcon('30231')) },
      operatingFunds: scale(operating),
    },
    reasons: { total: '人员增加、项目支出结构调整', operatingFunds: '人员增加，公用经费相应增加' },
    procurement: { goods: '0', works: '0', services: services.div(4).toDecimalPlaces(2).toFixed(2) },
    assets: { vehicles: { general: random.int(0, 5), lawEnforcement: 0, special: 0, other: 0 }, generalEquipmentOver50: 0, specialEquipmentOver100: 0 },
    transferPayments: [],
    keyEvaluationProjects: projects.slice(0, 3).map((p) => p.code),
  };
}
