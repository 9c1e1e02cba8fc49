import { memoByTable } from './memo.js';
import type { TableView } from './table-view.js';
import { squeeze } from './table-view.js';
import { columnsOf } from './table-equations.js';

/** 预算03/05/09/10表 read back (spec §3.3): the 14 columns and the 合计, group and 项 rows. */
export interface FunctionTable {
  t: TableView;
  cls: number;
  section: number;
  item: number;
  name: number;
  total: number;
  basic: number;
  wages: number;
  personalFamily: number;
  goodsServices: number;
  capital: number;
  project: number;
  projectOperating: number;
  projectSpecific: number;
  amounts: number[];
  totalRow: number | undefined;
  groupRow: number | undefined;
  /** 项 rows with their 7-digit code. */
  itemRows: { row: number; code: string }[];
}

/** Reads one 功能分类 table; undefined when its columns are not there. */
export const functionTable = memoByTable(function functionTable(t: TableView): FunctionTable | undefined {
  const cols = columnsOf(
    t,
    ['科目编码', '类'],
    ['科目编码', '款'],
    ['科目编码', '项'],
    ['单位（科目名称）'],
    ['合计'],
    ['基本支出', '小计'],
    ['工资福利支出'],
    ['对个人和家庭的补助'],
    ['商品和服务支出'],
    ['资本性支出'],
    ['项目支出', '小计'],
    ['其他运转类'],
    ['特定目标类'],
  );
  if (!cols) return undefined;
  const [cls, section, item, name, total, basic, wages, personalFamily, goodsServices, capital, project, projectOperating, projectSpecific] = cols as number[] as [
    number, number, number, number, number, number, number, number, number, number, number, number, number,
  ];
  const code = (r: number) => squeeze(t.text(r, cls) + t.text(r, section) + t.text(r, item));
  const itemRows = t.body.flatMap((r) => (/^\d{7}$/.test(code(r)) ? [{ row: r, code: code(r) }] : []));
  const totalRow = t.findRow(name, '合计');
  const firstItem = itemRows[0]?.row ?? Infinity;
  const groupRow = totalRow === undefined ? undefined : t.body.find((r) => r > totalRow && r < firstItem);
  return {
    t, cls, section, item, name, total, basic, wages, personalFamily, goodsServices, capital, project, projectOperating, projectSpecific,
    amounts: [total, basic, wages, personalFamily, goodsServices, capital, project, projectOperating, projectSpecific],
    totalRow,
    groupRow,
    itemRows,
  };
});
