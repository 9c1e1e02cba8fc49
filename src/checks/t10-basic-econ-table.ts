import { PERSONNEL_CLASSES, OPERATING_CLASSES } from '../compute/breakdown.js';
import { add, sum } from '../model/money.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt } from './locations.js';
import { finding, notRun, type DocumentRule, type InputRule } from './rule.js';
import { budget06 } from './view/econ-tables.js';
import { acrossRows, downColumns } from './view/table-equations.js';

const description = '一般公共预算基本支出预算表：合计 = 人员经费 + 公用经费（每行及合计行）；每行按类只填人员经费（301/303）或公用经费（302/309/310）之一';

/** T10 (spec §5.1) on figures: 06 rows split by class; the totals add up to 一般公共预算 基本支出. */
export const t10Input: InputRule = {
  id: 'T10',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['general-public-basic-expenditure'],
  run(ctx) {
    const f = ctx.figures;
    const rows = f.basicEconRows;
    const at = (row: string, column: string) => tableAt(ctx, 'general-public-basic-expenditure', row, column);
    const eqs: Equation[] = [
      ...rows.map((r) => ({ at: at(`${r.econ} ${r.econName}`, '合计'), what: '合计 = 人员经费 + 公用经费', expected: add(r.personnel, r.operating), actual: r.total })),
      { at: at('合计', '人员经费'), what: '人员经费合计 = 各行之和', expected: sum(rows.map((r) => r.personnel)), actual: f.generalPublic.personnel },
      { at: at('合计', '合计'), what: '合计 = 一般公共预算基本支出', expected: sum(rows.map((r) => r.total)), actual: f.generalPublic.basic },
    ];
    return checkEquations(this, eqs);
  },
};

/** T10 (spec §5.1) as printed. */
export const t10Document: DocumentRule = {
  id: 'T10',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['general-public-basic-expenditure'],
  run(view) {
    const b = view.read('general-public-basic-expenditure', budget06);
    if (!b || b.totalRow === undefined) return notRun('一般公共预算基本支出预算表没有合计行');
    const detail = b.rows.map((r) => r.row);
    const eqs = [
      ...acrossRows(b.t, b.t.body, b.total, [b.personnel, b.operating], '合计 = 人员经费 + 公用经费'),
      ...downColumns(b.t, b.totalRow, detail, [b.total, b.personnel, b.operating], '合计行 = 各行之和'),
    ];
    const wrongSide: Diagnostic[] = b.rows.flatMap(({ row, econ }) => {
      const cls = econ.slice(0, 3);
      const column = PERSONNEL_CLASSES.has(cls) ? b.operating : OPERATING_CLASSES.has(cls) ? b.personnel : undefined;
      const other = column === undefined ? undefined : b.t.amount(row, column);
      if (!other || other.value.isZero()) return [];
      const side = column === b.operating ? '公用经费' : '人员经费';
      return [finding(this, b.t.at(row, column as number), `${econ}属于${cls}类，不应填在${side}列（${other.value.toFixed(2)}万元）`)];
    });
    return [...checkEquations(this, eqs), ...wrongSide];
  },
};
