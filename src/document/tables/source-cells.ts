import { carryOver, currentIncome, grandTotal, type SourceAmounts } from '../../compute/sources.js';
import type { CellInput } from './spec.js';

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
