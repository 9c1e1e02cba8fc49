import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** 预算01表 read back (spec §3.1): its four columns and its rows by label. */
export interface Budget01 {
  t: TableView;
  incomeItem: number;
  incomeAmount: number;
  expenditureItem: number;
  expenditureAmount: number;
  /** The body row whose income (left) label is `label`. */
  income(label: string): number | undefined;
  /** The body row whose expenditure (right) label is `label`. */
  expenditure(label: string): number | undefined;
  /** Rows `一、一般公共预算` … `九、其他收入` (not `其中：财政拨款`). */
  incomeSourceRows: number[];
  /** 功能 类 rows `一、一般公共服务` …, with their 类 code (ordinal + 200). */
  classRows: { row: number; code: string }[];
}

const ORDINAL = /^([一二三四五六七八九十]+)、/;

/** Reads a Chinese ordinal up to 九十九: `二十一` → 21. */
export function chineseOrdinal(text: string): number | undefined {
  const digits = '一二三四五六七八九';
  if (!/^[一二三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes('十')) return text.length === 1 ? digits.indexOf(text) + 1 : undefined;
  const [tens, ones] = text.split('十') as [string, string];
  const t = tens === '' ? 1 : digits.indexOf(tens) + 1;
  const o = ones === '' ? 0 : digits.indexOf(ones) + 1;
  return t > 0 && o >= 0 ? t * 10 + o : undefined;
}

/** Reads 预算01表; undefined when its columns are not there. */
export const budget01 = memoByTable(function budget01(t: TableView): Budget01 | undefined {
  const cols = columnsOf(t, ['收入', '项目'], ['收入', '金额'], ['支出', '项目'], ['支出', '金额']);
  if (!cols) return undefined;
  const [incomeItem, incomeAmount, expenditureItem, expenditureAmount] = cols as [number, number, number, number];
  const label = (r: number, c: number) => squeeze(t.text(r, c));
  return {
    t,
    incomeItem,
    incomeAmount,
    expenditureItem,
    expenditureAmount,
    income: (l) => t.findRow(incomeItem, l),
    expenditure: (l) => t.findRow(expenditureItem, l),
    incomeSourceRows: t.body.filter((r) => ORDINAL.test(label(r, incomeItem))),
    classRows: t.body.flatMap((r) => {
      const n = chineseOrdinal(ORDINAL.exec(label(r, expenditureItem))?.[1] ?? '');
      return n === undefined ? [] : [{ row: r, code: String(200 + n) }];
    }),
  };
});
