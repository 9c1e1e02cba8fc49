import { isObject, listAt } from './json-path.js';
import type { JsonObject } from './spec.js';

/** Last year's computed figures that become this year's 上年数, as decimal strings (万元). */
export interface PriorFigures {
  total: string;
  generalPublic: string;
  govFund: string;
  stateCapital: string;
  threePublic: { abroad: string; reception: string; vehiclePurchase: string; vehicleOps: string };
  operatingFunds: string;
}

/**
 * Rolls last year's input forward to `year` (the 填表说明 ROLL_NOTE says the same in Chinese): identity, units,
 * duties, projects and their indicators, 整体绩效, asset counts and key projects are kept for review; line items
 * keep their classification but lose their amounts, so no stale amount can slip into this year's publication;
 * procurement, transfer amounts, control totals and every reason are cleared; edition and template follow the year.
 */
export function rollForward(last: JsonObject, year: number, prior: PriorFigures): JsonObject {
  const { $schema: _schema, edition: _edition, profile: _profile, controlTotals: _control, ...kept } = structuredClone(last);
  return {
    ...kept,
    year,
    lineItems: listAt(kept, ['lineItems'])
      .filter(isObject)
      .map(({ amount: _amount, ...item }) => item),
    prior: { ...prior, threePublic: { ...prior.threePublic } },
    reasons: {},
    procurement: {},
    transferPayments: listAt(kept, ['transferPayments'])
      .filter(isObject)
      .map(({ amount: _amount, ...payment }) => payment),
  };
}
