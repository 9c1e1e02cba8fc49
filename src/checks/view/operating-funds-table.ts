import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/**
 * Which columns of the 机构运转经费预算表 add up to which (spec §3.11), by column key: the header tree's
 * `资金来源 › 合计` and each `… › 小计`.
 */
export const OPERATING_FUND_SUMS: readonly (readonly [string, readonly string[]])[] = [
  ['total', ['gpTotal', 'gfTotal', 'stateCapital', 'fiscalAccount', 'ufTotal', 'transfer', 'carryFiscal', 'carryAccount', 'carryUnit']],
  ['gpTotal', ['gpAppropriation', 'gpFees', 'gpSpecial', 'gpAssets', 'gpOther', 'gpBonds']],
  ['gfTotal', ['gfFund', 'gfBonds']],
  ['ufTotal', ['ufBusiness', 'ufSuperior', 'ufAffiliated', 'ufOperating', 'ufOther']],
];

/** The 机构运转经费预算表 (E2024 11表, spec §3.11) read back by keys. */
export interface OperatingFundsTable {
  t: TableView;
  total: number;
  /** 一般公共预算资金 小计, and 一般性转移支付资金 (一般公共预算 money in a column of its own). */
  generalPublic: number;
  transfer: number;
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** The 部门 row above a 单位's group row (option `departmentGroupRow`), when printed. */
  parentRow: number | undefined;
  /** Unit rows (`unit:113001`, 部门 scope only). */
  unitRows: number[];
  /** Economic rows (`unit:113001/econ:30201`) with their code. */
  econRows: { row: number; econ: string }[];
  /** Each subtotal column with the columns it adds up. */
  sums: { col: number; parts: number[] }[];
  amounts: number[];
}

/** Reads the 机构运转经费预算表; undefined when its columns are not there. */
export const operatingFundsTable = memoByTable(function operatingFundsTable(t: TableView): OperatingFundsTable | undefined {
  const fixed = columnsOf(t, 'total', 'gpTotal', 'transfer');
  const sums = OPERATING_FUND_SUMS.map(([whole, parts]) => ({ col: t.col(whole), parts: columnsOf(t, ...parts) }));
  if (!fixed || sums.some((s) => s.col === undefined || !s.parts)) return undefined;
  const [total, generalPublic, transfer] = fixed as [number, number, number];
  const econRows = t.body.flatMap((row) => {
    const econ = /\/econ:(\d+)$/.exec(t.rowKey(row) ?? '')?.[1];
    return econ ? [{ row, econ }] : [];
  });
  return {
    t,
    total,
    generalPublic,
    transfer,
    totalRow: t.row('total'),
    groupRow: t.row('department'),
    parentRow: t.row('parent-department'),
    unitRows: t.rowsWith('unit:').filter((r) => !t.rowKey(r)!.includes('/')),
    econRows,
    sums: sums.map((s) => ({ col: s.col as number, parts: s.parts as number[] })),
    amounts: t.columns.filter((c) => c.amount).map((c) => c.index),
  };
});
