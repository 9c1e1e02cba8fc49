import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** One (部门经济, 政府经济) row of 06 or 07, codes from its row key `econ:30101/50101`. */
export interface EconRow {
  row: number;
  econ: string;
  govEcon: string;
}

function econRows(t: TableView): EconRow[] {
  return t.rowsWith('econ:').map((row) => {
    const [econ = '', govEcon = ''] = t.rowKey(row)!.slice('econ:'.length).split('/');
    return { row, econ, govEcon };
  });
}

/** The 一般公共预算基本支出预算表 (spec §3.6) read back by keys: rows by (部门经济, 政府经济), three amount columns. */
export interface Budget06 {
  t: TableView;
  total: number;
  personnel: number;
  operating: number;
  totalRow: number | undefined;
  rows: EconRow[];
}

/** Reads the 一般公共预算基本支出预算表. */
export const budget06 = memoByTable(function budget06(t: TableView): Budget06 | undefined {
  const cols = columnsOf(t, 'total', 'personnel', 'operating');
  if (!cols) return undefined;
  const [total, personnel, operating] = cols as [number, number, number];
  return { t, total, personnel, operating, totalRow: t.row('total'), rows: econRows(t) };
});

/** The 支出经济分类汇总表 (spec §3.7) read back by keys. */
export interface Budget07 {
  t: TableView;
  total: number;
  generalPublic: number;
  appropriation: number;
  /** The source columns that add up to 总计. */
  parts: number[];
  amounts: number[];
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** The 部门 row above a 单位's group row (option `departmentGroupRow`), when printed. */
  parentRow: number | undefined;
  rows: EconRow[];
}

const SOURCES = ['govFund', 'stateCapital', 'carry', 'fiscalAccount', 'businessIncome', 'superiorSubsidy', 'affiliatedRemit', 'operatingIncome', 'otherIncome'];

/** Reads the 支出经济分类汇总表. */
export const budget07 = memoByTable(function budget07(t: TableView): Budget07 | undefined {
  const amounts = columnsOf(t, 'total', 'generalPublic', 'appropriation', ...SOURCES);
  if (!amounts) return undefined;
  const [total, generalPublic, appropriation, ...rest] = amounts as [number, number, number, ...number[]];
  return { t, total, generalPublic, appropriation, parts: [generalPublic, ...rest], amounts, totalRow: t.row('total'), groupRow: t.row('department'), parentRow: t.row('parent-department'), rows: econRows(t) };
});
