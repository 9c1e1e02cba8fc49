import type { FundSource } from '../model/schema.js';
import { add, Decimal, ZERO } from '../model/money.js';

/**
 * Amounts by fund source, in the columns the income tables print (spec §3.1, §3.2, §3.7, §3.12).
 * `generalPublicAppropriation` is the 其中：财政拨款 part of `generalPublic`, never added again.
 */
export interface SourceAmounts {
  generalPublic: Decimal;
  generalPublicAppropriation: Decimal;
  govFund: Decimal;
  stateCapital: Decimal;
  fiscalAccount: Decimal;
  businessIncome: Decimal;
  operatingIncome: Decimal;
  superiorSubsidy: Decimal;
  affiliatedRemit: Decimal;
  otherIncome: Decimal;
  carryGeneralPublic: Decimal;
  carryGovFund: Decimal;
  carryStateCapital: Decimal;
  carryFiscalAccount: Decimal;
  carryUnitFunds: Decimal;
}
export type SourceColumn = keyof SourceAmounts;

/** Which income column a fund source adds to (the 财政拨款 sub-column is handled separately). */
export const SOURCE_COLUMN: Record<FundSource, SourceColumn> = {
  '一般公共预算.财政拨款': 'generalPublic',
  '一般公共预算.行政事业性收费': 'generalPublic',
  '一般公共预算.专项收入': 'generalPublic',
  '一般公共预算.国有资产资源有偿使用收入': 'generalPublic',
  '一般公共预算.其他': 'generalPublic',
  '一般公共预算.一般债券': 'generalPublic',
  一般性转移支付: 'generalPublic',
  '政府性基金.基金预算资金': 'govFund',
  '政府性基金.专项债券': 'govFund',
  国有资本经营预算: 'stateCapital',
  财政专户管理资金: 'fiscalAccount',
  '单位资金.事业收入': 'businessIncome',
  '单位资金.上级补助收入': 'superiorSubsidy',
  '单位资金.附属单位上缴收入': 'affiliatedRemit',
  '单位资金.事业单位经营收入': 'operatingIncome',
  '单位资金.其他收入': 'otherIncome',
  '结转.一般公共预算': 'carryGeneralPublic',
  '结转.政府性基金': 'carryGovFund',
  '结转.国有资本经营预算': 'carryStateCapital',
  '结转.财政专户管理资金': 'carryFiscalAccount',
  '结转.单位资金': 'carryUnitFunds',
};

/** The budget family a source belongs to: 05/09/10 restrict by it, 04 keeps the three 财政拨款 families. */
export type SourceFamily = 'generalPublic' | 'govFund' | 'stateCapital' | 'fiscalAccount' | 'unitFunds';

export function sourceFamily(source: FundSource): SourceFamily {
  switch (SOURCE_COLUMN[source]) {
    case 'generalPublic':
    case 'carryGeneralPublic':
      return 'generalPublic';
    case 'govFund':
    case 'carryGovFund':
      return 'govFund';
    case 'stateCapital':
    case 'carryStateCapital':
      return 'stateCapital';
    case 'fiscalAccount':
    case 'carryFiscalAccount':
      return 'fiscalAccount';
    default:
      return 'unitFunds';
  }
}

export function isCarryOver(source: FundSource): boolean {
  return source.startsWith('结转.');
}

export function emptySourceAmounts(): SourceAmounts {
  return {
    generalPublic: ZERO,
    generalPublicAppropriation: ZERO,
    govFund: ZERO,
    stateCapital: ZERO,
    fiscalAccount: ZERO,
    businessIncome: ZERO,
    operatingIncome: ZERO,
    superiorSubsidy: ZERO,
    affiliatedRemit: ZERO,
    otherIncome: ZERO,
    carryGeneralPublic: ZERO,
    carryGovFund: ZERO,
    carryStateCapital: ZERO,
    carryFiscalAccount: ZERO,
    carryUnitFunds: ZERO,
  };
}

/** Adds one amount of one source into a running breakdown (mutates `into`). */
export function addSource(into: SourceAmounts, source: FundSource, amount: Decimal): void {
  const column = SOURCE_COLUMN[source];
  into[column] = add(into[column], amount);
  if (source === '一般公共预算.财政拨款') into.generalPublicAppropriation = add(into.generalPublicAppropriation, amount);
}

/** 本年收入合计: every current-year column except the 财政拨款 sub-column (spec §3.1 INC). */
export function currentIncome(a: SourceAmounts): Decimal {
  return chain(a.generalPublic, a.govFund, a.stateCapital, a.fiscalAccount, a.businessIncome, a.operatingIncome, a.superiorSubsidy, a.affiliatedRemit, a.otherIncome);
}

/** 上年结转结余 合计. */
export function carryOver(a: SourceAmounts): Decimal {
  return chain(a.carryGeneralPublic, a.carryGovFund, a.carryStateCapital, a.carryFiscalAccount, a.carryUnitFunds);
}

/** 政府预算资金 of the performance tables: 一般公共预算 + 政府性基金 + 国有资本, including their 结转. */
export function governmentFunds(a: SourceAmounts): Decimal {
  return chain(a.generalPublic, a.govFund, a.stateCapital, a.carryGeneralPublic, a.carryGovFund, a.carryStateCapital);
}

/** 财政专户管理资金 including its 结转. */
export function fiscalAccountFunds(a: SourceAmounts): Decimal {
  return add(a.fiscalAccount, a.carryFiscalAccount);
}

/** 单位资金: 事业收入 + 经营 + 上级补助 + 附属上缴 + 其他, including their 结转. */
export function unitFunds(a: SourceAmounts): Decimal {
  return chain(a.businessIncome, a.operatingIncome, a.superiorSubsidy, a.affiliatedRemit, a.otherIncome, a.carryUnitFunds);
}

/** Everything: 本年 + 结转. */
export function grandTotal(a: SourceAmounts): Decimal {
  return add(currentIncome(a), carryOver(a));
}

/** `first.plus(b).plus(c)…`, left to right as written (most columns are zero: see `add`). */
function chain(first: Decimal, ...rest: Decimal[]): Decimal {
  let total = first;
  for (const d of rest) total = add(total, d);
  return total;
}
