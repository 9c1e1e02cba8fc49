import { sourcesOf } from '../compute/breakdown.js';
import type { SourceAmounts } from '../compute/sources.js';
import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { SOURCE_LABELS, tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget02 } from './view/budget02.js';
import { amountColumns, downColumns, sameRow } from './view/table-equations.js';

const description = '收入预算表：合计行 = 部门（单位）行；部门行 = 各单位行之和';

/** T06 (spec §5.1) on figures: each source column of the whole = Σ of the unit rows. */
export const t06Input: InputRule = {
  id: 'T06',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income'],
  run(ctx) {
    const f = ctx.figures;
    const keys = Object.keys(f.sources) as (keyof SourceAmounts)[];
    const recomputed = sourcesOf(f.items);
    return checkEquations(
      this,
      keys.flatMap((k): Equation[] => [
        { at: tableAt(ctx, 'income', '合计', SOURCE_LABELS[k]), what: `合计行 = 各单位行之和（${SOURCE_LABELS[k]}）`, expected: sum(f.units.map((u) => u.sources[k])), actual: f.sources[k] },
        { at: tableAt(ctx, 'income', '合计', SOURCE_LABELS[k]), what: `合计行 = 支出明细之和（${SOURCE_LABELS[k]}）`, expected: recomputed[k], actual: f.sources[k] },
      ]),
    );
  },
};

/** T06 (spec §5.1) as printed: 合计 = group row; group = Σ unit rows (部门 scope). */
export const t06Document: DocumentRule = {
  id: 'T06',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['income'],
  run(view) {
    const b = view.read('income', budget02);
    if (!b || b.totalRow === undefined || b.groupRow === undefined) return notRun('收入预算表没有合计行或部门（单位）行');
    const cols = amountColumns(b.t);
    return checkEquations(this, [
      ...sameRow(b.t, b.totalRow, b.groupRow, cols, '合计行 = 部门（单位）行'),
      ...(b.parentRow !== undefined ? sameRow(b.t, b.totalRow, b.parentRow, cols, '合计行 = 所属部门行') : []),
      ...(b.unitRows.length > 0 ? downColumns(b.t, b.groupRow, b.unitRows, cols, '部门行 = 各单位行之和') : []),
    ]);
  },
};
