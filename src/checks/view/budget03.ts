import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** The amount columns of a 功能分类 table, in printed order (spec §3.3); the last two only where 项目支出 is split. */
export const FUNCTION_AMOUNTS = ['total', 'basic', 'wages', 'personalFamily', 'goodsServices', 'capital', 'project', 'projectOperating', 'projectSpecific'] as const;
const ALWAYS = FUNCTION_AMOUNTS.slice(0, 7);

/** A 功能分类 table (03, and its restrictions 05, 09, 10; spec §3.3) read back by keys. */
export interface FunctionTable {
  t: TableView;
  name: number;
  total: number;
  basic: number;
  wages: number;
  personalFamily: number;
  goodsServices: number;
  capital: number;
  project: number;
  /** 其他运转类 and 特定目标类; absent from the 13-column form that prints 项目支出 unsplit. */
  projectOperating?: number;
  projectSpecific?: number;
  amounts: number[];
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** The 部门 row above a 单位's group row (option `departmentGroupRow`), when printed. */
  parentRow: number | undefined;
  /** 项 rows (`func:2010301`) with their 7-digit code. */
  itemRows: { row: number; code: string }[];
}

/** Reads one 功能分类 table; undefined when its columns are not there. */
export const functionTable = memoByTable(function functionTable(t: TableView): FunctionTable | undefined {
  const name = t.col('name');
  const cols = columnsOf(t, ...ALWAYS);
  if (name === undefined || !cols) return undefined;
  const [total, basic, wages, personalFamily, goodsServices, capital, project] = cols as [number, number, number, number, number, number, number];
  const split = columnsOf(t, 'projectOperating', 'projectSpecific');
  return {
    t, name, total, basic, wages, personalFamily, goodsServices, capital, project,
    ...(split ? { projectOperating: split[0], projectSpecific: split[1] } : {}),
    amounts: [...cols, ...(split ?? [])],
    totalRow: t.row('total'),
    groupRow: t.row('department'),
    parentRow: t.row('parent-department'),
    itemRows: t.rowsWith('func:').map((row) => ({ row, code: t.rowKey(row)!.slice('func:'.length) })),
  };
});
