import type { Profile } from '../document/profile.js';
import type { Location } from '../model/diagnostic.js';
import { formatAmount, type Decimal } from '../model/money.js';
import type { Project, Unit } from '../model/schema.js';
import type { TableKind } from './view/document-view.js';

/**
 * The printed number of a table in a profile (`预算01`; the profile decides it, the rules never do). Without a
 * profile the key stands in; a table the profile lacks says so.
 */
export function printedId(profile: Profile | undefined, key: TableKind): string {
  if (!profile) return key;
  return profile.tables.find((t) => t.key === key)?.id ?? `${key}（本模板无此表）`;
}

/** How a message names a table: `预算01表` (the profile's number plus 表). */
export function tableName(profile: Profile | undefined, key: TableKind): string {
  const id = printedId(profile, key);
  return profile?.tables.some((t) => t.key === key) ? `${id}表` : id;
}

/** Where a figure prints: a cell of the table with key `key`, labelled with the profile's printed number. */
export function tableAt(ctx: { profile?: Profile }, key: TableKind, row?: string, column?: string): Location {
  return { kind: 'table', key, table: printedId(ctx.profile, key), ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) };
}

/** `29.00万元`. */
export function wan(value: Decimal): string {
  return `${formatAmount(value)}万元`;
}

/** `设备购置（410303230000000011953）`. */
export function projectName(project: Pick<Project, 'name' | 'code'>): string {
  return `${project.name}（${project.code}）`;
}

/** `113001 洛阳市西工区政务服务和大数据管理局`. */
export function unitName(unit: Pick<Unit, 'code' | 'name'>): string {
  return `${unit.code} ${unit.name}`;
}

/** Chinese column names of the source amounts (spec §3.2 columns), for figure-level locations. */
export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  generalPublic: '一般公共预算',
  generalPublicAppropriation: '其中：财政拨款',
  govFund: '政府性基金',
  stateCapital: '国有资本经营预算',
  fiscalAccount: '财政专户管理资金收入',
  businessIncome: '事业收入',
  operatingIncome: '事业单位经营收入',
  superiorSubsidy: '上级补助收入',
  affiliatedRemit: '附属单位上缴收入',
  otherIncome: '其他收入',
  carryGeneralPublic: '上年结转结余一般公共预算',
  carryGovFund: '上年结转结余政府性基金',
  carryStateCapital: '上年结转结余国有资本经营预算',
  carryFiscalAccount: '上年结转结余财政专户管理资金',
  carryUnitFunds: '上年结转结余单位资金',
};

/** Chinese column names of the 03-style breakdown (spec §3.3 columns F–N). */
export const BREAKDOWN_LABELS: Readonly<Record<string, string>> = {
  total: '合计',
  basic: '基本支出小计',
  wages: '工资福利支出',
  personalFamily: '对个人和家庭的补助',
  goodsServices: '商品和服务支出',
  capital: '资本性支出',
  basicOther: '其他基本支出',
  project: '项目支出小计',
  projectOperating: '其他运转类',
  projectSpecific: '特定目标类',
};
