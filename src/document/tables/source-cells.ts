import { carryOver, currentIncome, grandTotal, type SourceAmounts } from '../../compute/sources.js';
import type { Decimal } from '../../model/money.js';
import { bySources } from './selectors.js';
import type { CellInput, ColumnSpec } from './spec.js';

/** The 02表 amount columns of one row, from its source breakdown (spec §3.2 C–T). */
export function incomeCells(s: SourceAmounts): Record<string, CellInput> {
  return {
    total: grandTotal(s),
    currentTotal: currentIncome(s),
    generalPublic: s.generalPublic,
    appropriation: s.generalPublicAppropriation,
    govFund: s.govFund,
    stateCapital: s.stateCapital,
    fiscalAccount: s.fiscalAccount,
    businessIncome: s.businessIncome,
    operatingIncome: s.operatingIncome,
    superiorSubsidy: s.superiorSubsidy,
    affiliatedRemit: s.affiliatedRemit,
    otherIncome: s.otherIncome,
    carryTotal: carryOver(s),
    carryGeneralPublic: s.carryGeneralPublic,
    carryGovFund: s.carryGovFund,
    carryStateCapital: s.carryStateCapital,
    carryFiscalAccount: s.carryFiscalAccount,
    carryUnitFunds: s.carryUnitFunds,
  };
}

/** The source-derived amount behind each 02表 amount column, for provenance (the same functions as incomeCells). */
const SOURCE_AMOUNTS: Readonly<Record<string, (s: SourceAmounts) => Decimal>> = {
  total: grandTotal,
  currentTotal: currentIncome,
  generalPublic: (s) => s.generalPublic,
  appropriation: (s) => s.generalPublicAppropriation,
  govFund: (s) => s.govFund,
  stateCapital: (s) => s.stateCapital,
  fiscalAccount: (s) => s.fiscalAccount,
  businessIncome: (s) => s.businessIncome,
  operatingIncome: (s) => s.operatingIncome,
  superiorSubsidy: (s) => s.superiorSubsidy,
  affiliatedRemit: (s) => s.affiliatedRemit,
  otherIncome: (s) => s.otherIncome,
  carryTotal: carryOver,
  carry: carryOver,
  carryGeneralPublic: (s) => s.carryGeneralPublic,
  carryGovFund: (s) => s.carryGovFund,
  carryStateCapital: (s) => s.carryStateCapital,
  carryFiscalAccount: (s) => s.carryFiscalAccount,
  carryUnitFunds: (s) => s.carryUnitFunds,
};

/** Gives each amount column keyed like incomeCells its item selector, labelled by its header. */
export function sourceSelected(columns: ColumnSpec[]): ColumnSpec[] {
  return columns.map((c) => {
    const amount = SOURCE_AMOUNTS[c.key];
    const label = c.header.map((h) => (typeof h === 'string' ? h : h.label)).join('/');
    return amount && c.kind === 'amount' ? { ...c, select: bySources(label, amount) } : c;
  });
}
