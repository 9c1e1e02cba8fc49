import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** The 财政拨款收支预算表 (spec §3.4) read back by keys. */
export interface Budget04 {
  t: TableView;
  incomeItem: number;
  incomeAmount: number;
  expenditureItem: number;
  total: number;
  generalPublic: number;
  appropriation: number;
  govFund: number;
  stateCapital: number;
  /** The body row whose income (left) half has row key `key` (`current`, `carry-gov-fund`, `income-total`). */
  income(key: string): number | undefined;
  /** The body row whose expenditure (right) half has row key `key` (`expenditure`, `expenditure-total`). */
  expenditure(key: string): number | undefined;
  /** The 类 rows of the right half (`class:201`), with their 类 code; the legacy always-empty row has none. */
  classRows: { row: number; code: string | undefined }[];
}

/** Reads the 财政拨款收支预算表; undefined when its columns are not there. */
export const budget04 = memoByTable(function budget04(t: TableView): Budget04 | undefined {
  const cols = columnsOf(t, 'incomeItem', 'incomeAmount', 'expenditureItem', 'total', 'generalPublic', 'appropriation', 'govFund', 'stateCapital');
  if (!cols) return undefined;
  const [incomeItem, incomeAmount, expenditureItem, total, generalPublic, appropriation, govFund, stateCapital] = cols as [number, number, number, number, number, number, number, number];
  return {
    t,
    incomeItem,
    incomeAmount,
    expenditureItem,
    total,
    generalPublic,
    appropriation,
    govFund,
    stateCapital,
    income: (key) => t.row(key, 'incomeAmount'),
    expenditure: (key) => t.row(key, 'expenditureItem'),
    classRows: t.rowsWith('class:', 'expenditureItem').map((row) => {
      const code = t.rowKey(row, expenditureItem)!.slice('class:'.length);
      return { row, code: /^\d{3}$/.test(code) ? code : undefined };
    }),
  };
});
