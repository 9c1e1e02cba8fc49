import type { BudgetFigures } from '../../compute/figures.js';
import type { TableKind } from './document-view.js';

/** The 功能分类 tables and the budget family each restricts to (spec §3.3, §3.5, §3.9, §3.10). */
export const FUNCTION_TABLES: readonly (readonly [keyof BudgetFigures['func'], TableKind])[] = [
  ['all', 'expenditure'],
  ['generalPublic', 'general-public-expenditure'],
  ['govFund', 'gov-fund-expenditure'],
  ['stateCapital', 'state-capital-expenditure'],
];

/** The keys of the 功能分类 tables. */
export const FUNCTION_TABLE_KINDS: readonly TableKind[] = FUNCTION_TABLES.map(([, kind]) => kind);
