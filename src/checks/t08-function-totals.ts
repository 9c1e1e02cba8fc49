import type { ExpenditureBreakdown } from '../compute/breakdown.js';
import { sum } from '../model/money.js';
import { checkEquations } from './equations.js';
import { BREAKDOWN_LABELS, tableAt } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { functionTable } from './view/budget03.js';
import { FUNCTION_TABLE_KINDS } from './view/families.js';
import { printedFamilies } from './t07-function-rows.js';
import { downColumns, sameRow } from './view/table-equations.js';

const description = '支出预算表及一般公共预算、政府性基金、国有资本经营支出预算表：合计行 = 部门（单位）行 = 各“项”行之和（每一列）';
const FIELDS: readonly (keyof ExpenditureBreakdown)[] = ['total', 'basic', 'wages', 'personalFamily', 'goodsServices', 'capital', 'project', 'projectOperating', 'projectSpecific'];

/** T08 (spec §5.1) on figures: each table's total = Σ its 项 rows, column by column. */
export const t08Input: InputRule = {
  id: 'T08',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  anyTables: FUNCTION_TABLE_KINDS,
  run(ctx) {
    const { figures } = ctx;
    return checkEquations(
      this,
      printedFamilies(ctx.profile).flatMap(([family, table]) => {
        const t = figures.func[family];
        return FIELDS.map((k) => ({ at: tableAt(ctx, table, '合计', BREAKDOWN_LABELS[k]), what: `合计行 = 各“项”行之和（${BREAKDOWN_LABELS[k]}）`, expected: sum(t.rows.map((r) => r.breakdown[k])), actual: t.total[k] }));
      }),
    );
  },
};

/** T08 (spec §5.1) as printed. */
export const t08Document: DocumentRule = {
  id: 'T08',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  anyTables: FUNCTION_TABLE_KINDS,
  run(view) {
    const tables = FUNCTION_TABLE_KINDS.flatMap((k) => {
      const f = view.read(k, functionTable);
      return f && f.totalRow !== undefined ? [{ f, totalRow: f.totalRow }] : [];
    });
    if (tables.length === 0) return notRun('功能分类支出表没有合计行');
    const eqs = tables.flatMap(({ f, totalRow }) => [
      ...(f.groupRow !== undefined ? sameRow(f.t, totalRow, f.groupRow, f.amounts, '合计行 = 部门（单位）行') : []),
      ...(f.parentRow !== undefined ? sameRow(f.t, totalRow, f.parentRow, f.amounts, '合计行 = 所属部门行') : []),
      ...downColumns(f.t, totalRow, f.itemRows.map((i) => i.row), f.amounts, '合计行 = 各“项”行之和'),
    ]);
    return checkEquations(this, eqs);
  },
};
