import type { DocumentContext } from '../context.js';
import type { GridTable } from '../model.js';
import type { ProfileTable } from '../profile.js';
import { budget01 } from './budget01-income-expenditure.js';
import { budget02 } from './budget02-income.js';
import { budget03 } from './budget03-expenditure.js';
import { budget04 } from './budget04-appropriation.js';
import { budget06 } from './budget06-basic-expenditure.js';
import { budget07 } from './budget07-economic-summary.js';
import { budget08 } from './budget08-three-public-costs.js';
import { layoutTable } from './layout.js';
import { operatingFunds } from './operating-funds.js';
import { overallPerformance } from './overall-performance.js';
import { projectExpenditure } from './project-expenditure.js';
import { procurementDetail } from './procurement-detail.js';
import { projectPerformance } from './project-performance.js';
import { purchaseOfServices } from './purchase-of-services.js';
import { threePublicOperating } from './three-public-operating.js';
import type { TableContext, TableSpec } from './spec.js';

export { layoutTable } from './layout.js';
export { tableTocTitle } from './titles.js';

/** Every table kind, by the key tables.json names in `spec`: the one place table specs are listed. */
export const TABLE_SPECS: ReadonlyMap<string, TableSpec> = new Map(
  [
    budget01,
    budget02,
    budget03,
    budget04,
    budget06,
    budget07,
    budget08,
    threePublicOperating,
    operatingFunds,
    projectExpenditure,
    overallPerformance,
    projectPerformance,
    procurementDetail,
    purchaseOfServices,
  ].map((s) => [s.key, s]),
);

/** The spec a profile entry names; an unknown key is a profile error. */
export function specFor(entry: ProfileTable): TableSpec {
  const spec = TABLE_SPECS.get(entry.spec);
  if (!spec) throw new Error(`表 ${entry.id} 引用了未知的表格类型 ${entry.spec}（可用：${[...TABLE_SPECS.keys()].join('、')}）`);
  return spec;
}

/** The context one table entry is laid out in. */
export function tableContext(ctx: DocumentContext, entry: ProfileTable): TableContext {
  return { ...ctx, entry, options: entry.options ?? {} };
}

/** Lays out the profile's table set in order (spec §1.6): one GridTable per tables.json entry. */
export function buildTables(ctx: DocumentContext): GridTable[] {
  return ctx.profile.tables.map((entry) => layoutTable(specFor(entry), tableContext(ctx, entry)));
}
