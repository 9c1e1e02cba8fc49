import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** The rows of 01's left half that add up to 本年收入合计 (一 … 九; not `其中：财政拨款`), by row key. */
export const INCOME_SOURCE_ROWS = [
  'general-public',
  'gov-fund',
  'state-capital',
  'fiscal-account',
  'business-income',
  'operating-income',
  'superior-subsidy',
  'affiliated-remit',
  'other-income',
] as const;

/** The 收支预算表 (spec §3.1) read back by keys: its four columns, and rows by the key of each half. */
export interface Budget01 {
  t: TableView;
  incomeItem: number;
  incomeAmount: number;
  expenditureItem: number;
  expenditureAmount: number;
  /** The body row whose income (left) half has row key `key` (`income-total`, `general-public`). */
  income(key: string): number | undefined;
  /** The body row whose expenditure (right) half has row key `key` (`expenditure-total`, `class:201`). */
  expenditure(key: string): number | undefined;
  /** Rows 一 … 九 of the income half, as printed. */
  incomeSourceRows: number[];
  /** 功能 类 rows of the right half (`class:201`), with their 类 code. */
  classRows: { row: number; code: string }[];
}

/** Reads the 收支预算表; undefined when its columns are not there. */
export const budget01 = memoByTable(function budget01(t: TableView): Budget01 | undefined {
  const cols = columnsOf(t, 'incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureAmount');
  if (!cols) return undefined;
  const [incomeItem, incomeAmount, expenditureItem, expenditureAmount] = cols as [number, number, number, number];
  return {
    t,
    incomeItem,
    incomeAmount,
    expenditureItem,
    expenditureAmount,
    income: (key) => t.row(key, 'incomeAmount'),
    expenditure: (key) => t.row(key, 'expenditureAmount'),
    incomeSourceRows: INCOME_SOURCE_ROWS.flatMap((key) => t.row(key, 'incomeAmount') ?? []),
    classRows: t.rowsWith('class:', 'expenditureAmount').map((row) => ({ row, code: t.rowKey(row, expenditureAmount)!.slice('class:'.length) })),
  };
});
