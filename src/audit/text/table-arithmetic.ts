import type { GridTable } from '../../document/model.js';
import type { Equation } from './place-amounts.js';

const CURRENT_SOURCES = ['generalPublic', 'govFund', 'stateCapital', 'fiscalAccount', 'businessIncome', 'operatingIncome', 'superiorSubsidy', 'affiliatedRemit', 'otherIncome'];

/**
 * The printed arithmetic of each table spec over its amount columns (spec §3, §5.1): what a reader may use to tell
 * which column a figure is in. The rules check the same relations on what was read; here they only place figures.
 */
export const EQUATIONS: Readonly<Record<string, readonly Equation[]>> = {
  income: [
    { total: 'total', parts: ['currentTotal', 'carryTotal'] },
    { total: 'currentTotal', parts: CURRENT_SOURCES },
    { total: 'carryTotal', parts: ['carryGeneralPublic', 'carryGovFund', 'carryStateCapital', 'carryFiscalAccount', 'carryUnitFunds'] },
    { total: 'generalPublic', parts: ['appropriation'], le: true },
  ],
  'expenditure-by-function': [
    { total: 'total', parts: ['basic', 'project'] },
    { total: 'basic', parts: ['wages', 'personalFamily', 'goodsServices', 'capital'] },
    { total: 'project', parts: ['projectOperating', 'projectSpecific'] },
  ],
  'basic-expenditure': [{ total: 'total', parts: ['personnel', 'operating'] }],
  'economic-summary': [
    { total: 'total', parts: ['generalPublic', 'govFund', 'stateCapital', 'carry', 'fiscalAccount', 'businessIncome', 'superiorSubsidy', 'affiliatedRemit', 'operatingIncome', 'otherIncome'] },
    { total: 'generalPublic', parts: ['appropriation'], le: true },
  ],
  'three-public-costs': [
    { total: 'total', parts: ['abroad', 'vehicles', 'reception'] },
    { total: 'vehicles', parts: ['vehiclePurchase', 'vehicleOps'] },
  ],
  'project-expenditure': [{ total: 'total', parts: ['generalPublic', 'govFund', 'stateCapital', 'carryGeneralPublic', 'carryGovFund', 'carryStateCapital', 'fiscalAccount', 'unitFunds'] }],
  'appropriation-income-expenditure': [
    { total: 'total', parts: ['generalPublic', 'govFund', 'stateCapital'] },
    { total: 'generalPublic', parts: ['appropriation'], le: true },
  ],
  'project-performance': [{ total: 'total', parts: ['government', 'fiscalAccount', 'unitFunds'] }],
  'operating-funds': [
    { total: 'total', parts: ['gpTotal', 'gfTotal', 'stateCapital', 'fiscalAccount', 'ufTotal', 'transfer', 'carryFiscal', 'carryAccount', 'carryUnit'] },
    { total: 'gpTotal', parts: ['gpAppropriation', 'gpFees', 'gpSpecial', 'gpAssets', 'gpOther', 'gpBonds'] },
    { total: 'gfTotal', parts: ['gfFund', 'gfBonds'] },
    { total: 'ufTotal', parts: ['ufBusiness', 'ufSuperior', 'ufAffiliated', 'ufOperating', 'ufOther'] },
  ],
};

/** A fund source's row and the one column named after it, as the 01表 income and the 07表 summary both have them. */
const SOURCE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
    'gov-fund': ['govFund'],
    'state-capital': ['stateCapital'],
    'fiscal-account': ['fiscalAccount'],
    'business-income': ['businessIncome'],
    'operating-income': ['operatingIncome'],
    'superior-subsidy': ['superiorSubsidy'],
    'affiliated-remit': ['affiliatedRemit'],
    'other-income': ['otherIncome'],
};

/** The 01表 income rows (left half) whose blank amount shows a fund has no money, and the columns it empties, by spec. */
const EMPTY_BY_SOURCE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  income: {
    ...SOURCE_COLUMNS,
    'carry-over': ['carryTotal', 'carryGeneralPublic', 'carryGovFund', 'carryStateCapital', 'carryFiscalAccount', 'carryUnitFunds'],
  },
  'economic-summary': {
    ...SOURCE_COLUMNS,
    'carry-over': ['carry'],
  },
  'project-expenditure': {
    'gov-fund': ['govFund'],
    'state-capital': ['stateCapital'],
    'fiscal-account': ['fiscalAccount'],
    'carry-over': ['carryGeneralPublic', 'carryGovFund', 'carryStateCapital'],
  },
  'appropriation-income-expenditure': { 'gov-fund': ['govFund'], 'state-capital': ['stateCapital'] },
  'project-performance': { 'fiscal-account': ['fiscalAccount'] },
  'operating-funds': {
    'gov-fund': ['gfTotal', 'gfFund', 'gfBonds'],
    'state-capital': ['stateCapital'],
    'fiscal-account': ['fiscalAccount'],
    'carry-over': ['carryFiscal', 'carryAccount', 'carryUnit'],
  },
};

/** 08表 columns and the 部门经济 code 07表 must print for them to hold money (spec §3.8). */
const THREE_PUBLIC_CODES: Readonly<Record<string, string>> = { abroad: '30212', vehiclePurchase: '31013', vehicleOps: '30231', reception: '30217' };

/**
 * The amount columns of a table the document shows to be empty (issue 17: deduced, not guessed): a fund whose
 * 01表 income row is blank has nothing in any table's column of that fund; a 三公 item whose 部门经济 code has no
 * 07表 row has nothing in 08表. Used only to tell columns apart where the arithmetic cannot.
 */
export function knownEmptyColumns(spec: string, previous: (key: string) => GridTable | undefined, family = 'all'): Set<string> {
  const out = new Set<string>();
  if (spec === 'expenditure-by-function') for (const c of emptyClassColumns(previous, family)) out.add(c);
  const incomeTable = previous('income-expenditure');
  const bySource = EMPTY_BY_SOURCE[spec];
  if (incomeTable && bySource) {
    const amount = incomeTable.columnKeys.indexOf('incomeAmount');
    for (const [row, columns] of Object.entries(bySource)) {
      const r = incomeTable.rowKeys.indexOf(row);
      const cell = r >= 0 ? incomeTable.rows[r]?.[amount] : undefined;
      if (cell?.kind === 'content' && (cell.text === '' || Number(cell.text) === 0)) columns.forEach((c) => out.add(c));
    }
    const business = ['business-income', 'operating-income', 'superior-subsidy', 'affiliated-remit', 'other-income'];
    if (spec === 'project-expenditure' && business.every((k) => isBlank(incomeTable, k, amount))) out.add('unitFunds');
    if (spec === 'project-performance' && business.every((k) => isBlank(incomeTable, k, amount))) out.add('unitFunds');
    if (spec === 'operating-funds') {
      if (business.every((k) => isBlank(incomeTable, k, amount))) ['ufTotal', 'ufBusiness', 'ufSuperior', 'ufAffiliated', 'ufOperating', 'ufOther'].forEach((c) => out.add(c));
      // All of 一般公共预算 is 财政拨款 when 01表 prints the same amount on both rows: its other sub-columns are empty.
      if (sameAmount(incomeTable, 'general-public', 'general-public-appropriation', amount)) ['gpFees', 'gpSpecial', 'gpAssets', 'gpOther', 'gpBonds'].forEach((c) => out.add(c));
    }
  }
  const econ = previous('economic-summary');
  if (spec === 'three-public-costs' && econ) {
    for (const [column, code] of Object.entries(THREE_PUBLIC_CODES)) if (!econ.rowKeys.some((k) => k?.startsWith(`econ:${code}/`))) out.add(column);
  }
  return out;
}

/** 03/05 基本支出 columns by 部门经济 class (spec §3.3 H–K). */
const CLASS_COLUMNS: Readonly<Record<string, string>> = { wages: '301', personalFamily: '303', goodsServices: '302', capital: '310' };

/**
 * The 基本支出 columns of 03/05 with no money, by economic class: none of the class in 07表 (all items), or, for the
 * 一般公共预算 table (and for 03 when 01表 shows no other fund), none in 06表 (its 基本 items).
 */
function emptyClassColumns(previous: (key: string) => GridTable | undefined, family: string): string[] {
  const e07 = previous('economic-summary');
  const e06 = previous('general-public-basic-expenditure');
  const income = previous('income-expenditure');
  const onlyGeneralPublic = income ? ['gov-fund', 'state-capital', 'fiscal-account', 'business-income', 'operating-income', 'superior-subsidy', 'affiliated-remit', 'other-income', 'carry-over'].every((k) => isBlank(income, k, income.columnKeys.indexOf('incomeAmount'))) : false;
  const basic = e06 && (family === 'generalPublic' || onlyGeneralPublic) ? e06 : undefined;
  return Object.entries(CLASS_COLUMNS).flatMap(([column, cls]) => {
    const none = (t: GridTable | undefined) => t !== undefined && !t.rowKeys.some((k) => k?.startsWith(`econ:${cls}`));
    return none(e07) || none(basic) ? [column] : [];
  });
}

/** For 06表 (spec §3.6): a row's amount is 人员经费 for classes 301/303, 公用经费 for 302/310 (T10): the column it prefers. */
export function preferredColumn(spec: string, cells: Readonly<Record<string, string>>): string | undefined {
  if (spec !== 'basic-expenditure') return undefined;
  const cls = (cells.econ ?? '').slice(0, 3);
  return cls === '301' || cls === '303' ? 'personnel' : cls === '302' || cls === '310' ? 'operating' : undefined;
}

function sameAmount(table: GridTable, a: string, b: string, column: number): boolean {
  const text = (row: string) => {
    const cell = table.rows[table.rowKeys.indexOf(row)]?.[column];
    return cell?.kind === 'content' ? cell.text : undefined;
  };
  return text(a) !== undefined && text(a) === text(b);
}

function isBlank(table: GridTable, row: string, column: number): boolean {
  const r = table.rowKeys.indexOf(row);
  const cell = r >= 0 ? table.rows[r]?.[column] : undefined;
  return cell?.kind === 'content' && (cell.text === '' || Number(cell.text) === 0);
}
