import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** 预算02表 read back (spec §3.2): code and name columns, the income columns by name, rows by role. */
export interface Budget02 {
  t: TableView;
  code: number;
  name: number;
  total: number;
  current: number;
  generalPublic: number;
  appropriation: number;
  /** 本年收入 columns E, G … N that add up to 合计 (not the 其中 column). */
  currentParts: number[];
  carry: number;
  carryParts: number[];
  /** 合计 row, the group row after it, and the unit rows after that (部门 scope). */
  totalRow: number | undefined;
  groupRow: number | undefined;
  unitRows: number[];
}

const CURRENT = ['政府性基金', '国有资本经营预算', '财政专户管理资金收入', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
const CARRY = ['一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金'];

/** Reads 预算02表; undefined when its columns are not there. */
export const budget02 = memoByTable(function budget02(t: TableView): Budget02 | undefined {
  const fixed = columnsOf(t, ['部门（单位）代码'], ['部门（单位）名称'], ['总计'], ['本年收入', '合计'], ['一般公共预算', '小计'], ['其中：财政拨款'], ['上年结转结余', '合计']);
  const current = columnsOf(t, ...CURRENT.map((c) => ['本年收入', c]));
  const carry = columnsOf(t, ...CARRY.map((c) => ['上年结转结余', c]));
  if (!fixed || !current || !carry) return undefined;
  const [code, name, total, currentTotal, generalPublic, appropriation, carryTotal] = fixed as [number, number, number, number, number, number, number];
  const totalRow = t.findRow(name, '合计');
  const groupRow = totalRow === undefined ? undefined : t.body.find((r) => r > totalRow);
  return {
    t,
    code,
    name,
    total,
    current: currentTotal,
    generalPublic,
    appropriation,
    currentParts: [generalPublic, ...current],
    carry: carryTotal,
    carryParts: carry,
    totalRow,
    groupRow,
    unitRows: groupRow === undefined ? [] : t.body.filter((r) => r > groupRow && t.text(r, code).trim() !== ''),
  };
});
