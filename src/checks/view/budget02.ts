import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** The 收入预算表 (spec §3.2) read back by keys: code and name columns, the income columns, rows by role. */
export interface Budget02 {
  t: TableView;
  code: number;
  name: number;
  total: number;
  current: number;
  generalPublic: number;
  appropriation: number;
  /** 本年收入 columns that add up to its 合计 (not the 其中 column). */
  currentParts: number[];
  carry: number;
  carryParts: number[];
  /** 合计 row, the department row after it, and the unit rows (部门 scope). */
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** The 部门 row above a 单位's group row (option `departmentGroupRow`), when printed. */
  parentRow: number | undefined;
  unitRows: number[];
}

const CURRENT = ['generalPublic', 'govFund', 'stateCapital', 'fiscalAccount', 'businessIncome', 'operatingIncome', 'superiorSubsidy', 'affiliatedRemit', 'otherIncome'];
const CARRY = ['carryGeneralPublic', 'carryGovFund', 'carryStateCapital', 'carryFiscalAccount', 'carryUnitFunds'];

/** Reads the 收入预算表; undefined when its columns are not there. */
export const budget02 = memoByTable(function budget02(t: TableView): Budget02 | undefined {
  const fixed = columnsOf(t, 'code', 'name', 'total', 'currentTotal', 'generalPublic', 'appropriation', 'carryTotal');
  const current = columnsOf(t, ...CURRENT);
  const carry = columnsOf(t, ...CARRY);
  if (!fixed || !current || !carry) return undefined;
  const [code, name, total, currentTotal, generalPublic, appropriation, carryTotal] = fixed as [number, number, number, number, number, number, number];
  return {
    t,
    code,
    name,
    total,
    current: currentTotal,
    generalPublic,
    appropriation,
    currentParts: current,
    carry: carryTotal,
    carryParts: carry,
    totalRow: t.row('total'),
    groupRow: t.row('department'),
    parentRow: t.row('parent-department'),
    unitRows: t.rowsWith('unit:'),
  };
});
