import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { chineseOrdinal } from './budget01.js';
import { columnsOf } from './table-equations.js';

/** 预算04表 read back (spec §3.4). */
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
  /** Body rows whose left label is `label`, in order (the （一） labels repeat under 本年 and 结转). */
  income(label: string): number[];
  expenditure(label: string): number | undefined;
  /** `（一）一般公共服务支出` … with their 类 code (ordinal + 200); the legacy （九） row maps to 209. */
  classRows: { row: number; code: string }[];
}

const PAREN_ORDINAL = /^（([一二三四五六七八九十]+)）/;

/** Reads 预算04表; undefined when its columns are not there. */
export const budget04 = memoByTable(function budget04(t: TableView): Budget04 | undefined {
  const cols = columnsOf(t, ['收入', '项目'], ['收入', '金额'], ['支出', '项目'], ['支出', '合计'], ['一般公共预算', '小计'], ['其中：财政拨款'], ['支出', '政府性基金'], ['支出', '国有资本经营预算']);
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
    income: (label) => t.body.filter((r) => squeeze(t.text(r, incomeItem)) === squeeze(label)),
    expenditure: (label) => t.findRow(expenditureItem, label),
    classRows: t.body.flatMap((r) => {
      const n = chineseOrdinal(PAREN_ORDINAL.exec(squeeze(t.text(r, expenditureItem)))?.[1] ?? '');
      return n === undefined ? [] : [{ row: r, code: String(200 + n) }];
    }),
  };
});
