import { sum } from '../model/money.js';
import { checkEquations, type Equation } from './equations.js';
import { tableAt, unitName } from './locations.js';
import { notRun, type DocumentRule, type InputRule } from './rule.js';
import { operatingFundsTable, type OperatingFundsTable } from './view/operating-funds-table.js';
import { acrossRows, downColumns, sameRow } from './view/table-equations.js';

const description = '机构运转经费预算表：合计 = 部门行 = 各单位行之和 = 各经济分类行之和；每行合计、小计 = 其下各列之和';

/** T16 (spec §5.1) on figures: each unit's 11表 total = Σ its rows; Σ units = 机构运转经费. */
export const t16Input: InputRule = {
  id: 'T16',
  layer: 'input',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['operating-funds'],
  run(ctx) {
    const f = ctx.figures;
    const eqs: Equation[] = [
      ...f.operatingFundUnits.map((u) => ({ at: tableAt(ctx, 'operating-funds', unitName(u.unit), '合计'), what: '单位行 = 其各经济分类行之和', expected: sum(u.rows.map((r) => r.total)), actual: u.total })),
      // The 11表 lists 公用经费 from every source; 机构运转经费 (spec §4.3) is its 一般公共预算 part (incl. its 结转).
      {
        at: tableAt(ctx, 'operating-funds', '合计', '一般公共预算资金'),
        what: '一般公共预算资金 = 各单位之和 = 机构运转经费',
        expected: f.operatingFunds,
        actual: sum(f.operatingFundUnits.map((u) => u.sources.generalPublic.plus(u.sources.carryGeneralPublic))),
      },
    ];
    return checkEquations(this, eqs);
  },
};

/** T16 (spec §5.1) as printed (E2024 only; other editions: not applicable). */
export const t16Document: DocumentRule = {
  id: 'T16',
  layer: 'document',
  severity: 'error',
  tolerance: 'exact',
  description,
  tables: ['operating-funds'],
  run(view) {
    const o = view.read('operating-funds', operatingFundsTable);
    if (!o || o.totalRow === undefined || o.groupRow === undefined) return notRun('机构运转经费预算表没有合计行或部门行');
    const body = o.t.body;
    return checkEquations(this, [
      ...o.sums.flatMap((s) => acrossRows(o.t, body, s.col, s.parts, `${o.t.columns[s.col]?.label ?? ''} = 其下各列之和`)),
      ...sameRow(o.t, o.totalRow, o.groupRow, o.amounts, '合计行 = 部门行'),
      ...(o.parentRow !== undefined ? sameRow(o.t, o.totalRow, o.parentRow, o.amounts, '合计行 = 所属部门行') : []),
      ...downColumns(o.t, o.groupRow, o.econRows.map((r) => r.row), o.amounts, '部门行 = 各经济分类行之和'),
      ...(o.unitRows.length > 0 ? downColumns(o.t, o.groupRow, o.unitRows, o.amounts, '部门行 = 各单位行之和') : []),
      ...unitBlocks(o),
    ]);
  },
};

function unitBlocks(o: OperatingFundsTable): Equation[] {
  return o.unitRows.flatMap((u, i) => {
    const next = o.unitRows[i + 1] ?? Infinity;
    const own = o.econRows.filter((r) => r.row > u && r.row < next).map((r) => r.row);
    return downColumns(o.t, u, own, o.amounts, '单位行 = 其各经济分类行之和');
  });
}
