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
 * Rolls last year's input forward to `year` (the 填表说明 ROLL_NOTE says the same in Chinese): identity (with the
 * 所属部门), units, duties, projects (with their aliases) and their indicators, 整体绩效, asset counts, the
 * 机关运行经费 contents and key projects are kept for review; line items, 采购项目, 购买服务 and transfers keep their
 * names and classification but lose their amounts, so no stale amount can slip into this year's publication; the
 * asset cut-off date moves on by the years rolled; procurement totals, planned purchases, control totals and every
 * reason are cleared, and so is the publication date; edition and template follow the year.
 */
export function rollForward(last: JsonObject, year: number, prior: PriorFigures): JsonObject {
  const { $schema: _schema, edition: _edition, profile: _profile, controlTotals: _control, publicationDate: _published, ...kept } = structuredClone(last);
  const withoutAmounts = (path: readonly string[]) =>
    listAt(kept, path)
      .filter(isObject)
      .map(({ amount: _amount, smeReserved: _sme, ...rest }) => rest);
  const items = withoutAmounts(['procurement', 'items']);
  const services = withoutAmounts(['purchaseOfServices']);
  return {
    ...kept,
    year,
    lineItems: withoutAmounts(['lineItems']),
    prior: { ...prior, threePublic: { ...prior.threePublic } },
    reasons: {},
    procurement: items.length > 0 ? { items } : {},
    ...(services.length > 0 ? { purchaseOfServices: services } : {}),
    ...(isObject(kept.assets) ? { assets: rolledAssets(kept.assets, year - Number(last.year)) } : {}),
    transferPayments: withoutAmounts(['transferPayments']),
  };
}

/** Assets keep their counts; the cut-off date moves on by `years` (2023-12-31 → 2024-12-31); plans are per year. */
function rolledAssets(assets: JsonObject, years: number): JsonObject {
  const { plannedPurchases: _planned, asOf, ...rest } = assets;
  const date = typeof asOf === 'string' ? /^(\d{4})(-\d{2}-\d{2})$/.exec(asOf) : null;
  if (!date || !Number.isFinite(years)) return asOf === undefined ? rest : { ...rest, asOf };
  return { ...rest, asOf: `${Number(date[1]) + years}${date[2]}` };
}
