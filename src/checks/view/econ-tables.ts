import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** 预算06表 read back (spec §3.6): rows by (部门经济, 政府经济) code, and the three amount columns. */
export interface Budget06 {
  t: TableView;
  total: number;
  personnel: number;
  operating: number;
  totalRow: number | undefined;
  rows: { row: number; econ: string; govEcon: string }[];
}

/** Reads 预算06表. */
export const budget06 = memoByTable(function budget06(t: TableView): Budget06 | undefined {
  const cols = columnsOf(t, ['部门预算支出经济分类科目', '科目编码'], ['政府预算支出经济分类科目', '科目编码'], ['合计'], ['人员经费'], ['公用经费']);
  if (!cols) return undefined;
  const [econ, govEcon, total, personnel, operating] = cols as [number, number, number, number, number];
  return {
    t,
    total,
    personnel,
    operating,
    totalRow: t.findRow(econ, '合计'),
    rows: t.body.flatMap((r) => {
      const code = squeeze(t.text(r, econ));
      return /^\d{5}$/.test(code) ? [{ row: r, econ: code, govEcon: squeeze(t.text(r, govEcon)) }] : [];
    }),
  };
});

/** 预算07表 read back (spec §3.7). */
export interface Budget07 {
  t: TableView;
  total: number;
  generalPublic: number;
  appropriation: number;
  /** The source columns H, J … R that add up to 总计. */
  parts: number[];
  amounts: number[];
  totalRow: number | undefined;
  groupRow: number | undefined;
  rows: { row: number; econ: string; govEcon: string }[];
}

const SOURCES = ['政府性基金', '国有资本经营预算', '上年结转结余', '财政专户管理资金收入', '事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入'];

/** Reads 预算07表. */
export const budget07 = memoByTable(function budget07(t: TableView): Budget07 | undefined {
  const codes = columnsOf(t, ['部门预算经济分类', '类'], ['部门预算经济分类', '款'], ['部门预算经济分类', '科目名称'], ['政府预算经济分类', '类'], ['政府预算经济分类', '款']);
  const amounts = columnsOf(t, ['总计'], ['一般公共预算', '小计'], ['其中：财政拨款'], ...SOURCES.map((s) => [s]));
  if (!codes || !amounts) return undefined;
  const [cls, section, name, govCls, govSection] = codes as [number, number, number, number, number];
  const [total, generalPublic, appropriation, ...rest] = amounts as [number, number, number, ...number[]];
  const totalRow = t.findRow(name, '合计');
  const rows = t.body.flatMap((r) => {
    const econ = squeeze(t.text(r, cls) + t.text(r, section));
    return /^\d{5}$/.test(econ) ? [{ row: r, econ, govEcon: squeeze(t.text(r, govCls) + t.text(r, govSection)) }] : [];
  });
  const first = rows[0]?.row ?? Infinity;
  return {
    t,
    total,
    generalPublic,
    appropriation,
    parts: [generalPublic, ...rest],
    amounts: amounts,
    totalRow,
    groupRow: totalRow === undefined ? undefined : t.body.find((r) => r > totalRow && r < first),
    rows,
  };
});
