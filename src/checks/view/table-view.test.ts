import { describe, expect, it } from 'vitest';
import type { ContentCell, GridCell, GridTable } from '../../document/model.js';
import { t12Document } from '../t12-three-public-table.js';
import { documentView } from './document-view.js';
import { tableView } from './table-view.js';

const cell = (text: string, role: ContentCell['role'], rowSpan = 1, colSpan = 1, value?: string): ContentCell => ({
  kind: 'content', text, role, rowSpan, colSpan, align: 'center', ...(value ? { value } : {}),
});
const covered: GridCell = { kind: 'covered' };
const amount = (v: string) => cell(v, 'amount', 1, 1, v || undefined);

/** A hand-made 预算08表 (spec §3.8): A1:A2, B1:B2, C1:E1, F1:F2, then one data row. */
function budget08(row: string[]): GridTable {
  return {
    id: '预算08', key: 'three-public-costs', columnKeys: ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOps', 'reception'], rowKeys: [null, null, ...(row.length > 0 ? ['total'] : [])], label: '预算08表', title: '2022年一般公共预算“三公”经费预算表', columns: [8, 8, 8, 8, 8, 8], headerRows: 2, notes: [], density: 'normal',
    rows: [
      [cell('“三公”经费合计', 'header', 2), cell('因公出国（境）费', 'header', 2), cell('公务用车购置及运行费', 'header', 1, 3), covered, covered, cell('公务接待费', 'header', 2)],
      [covered, covered, cell('小计', 'header'), cell('公务用车购置费', 'header'), cell('公务用车运行费', 'header'), covered],
      row.map(amount),
    ],
  };
}

describe('tableView：按键读回列、行和金额', () => {
  const t = tableView(budget08(['4.67', '', '3.92', '', '3.92', '0.75']));

  it('合并的表头给出每个叶列的路径（只用于定位的文字），列按键查找', () => {
    expect(t.columns.map((c) => c.path)).toEqual([
      ['“三公”经费合计'], ['因公出国（境）费'], ['公务用车购置及运行费', '小计'], ['公务用车购置及运行费', '公务用车购置费'], ['公务用车购置及运行费', '公务用车运行费'], ['公务接待费'],
    ]);
    expect(t.col('vehicles')).toBe(2);
    expect(t.col('小计')).toBeUndefined();
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOps', 'reception']);
    expect(t.columns.every((c) => c.amount)).toBe(true);
  });

  it('空白金额读作精确的 0，被合并覆盖的位置读不出金额', () => {
    expect(t.amount(2, 1)?.value.isZero()).toBe(true);
    expect(t.amount(2, 5)?.value.toFixed(2)).toBe('0.75');
    expect(tableView(budget08(['1', '', '', '', '', '1'])).amount(0, 3)).toBeUndefined();
  });

  it('行按行键查找，表头行没有行键', () => {
    expect(t.row('total')).toBe(2);
    expect(t.rowKey(0)).toBeUndefined();
    expect(t.rowsWith('to')).toEqual([2]);
  });

  it('没有标签列的行以“第N行”定位，位置带表的键', () => {
    expect(t.at(2, 0)).toEqual({ kind: 'table', key: 'three-public-costs', table: '预算08', row: '第1行', column: '“三公”经费合计' });
  });
});

describe('文档规则在手工网格上运行（不依赖文档生成）', () => {
  const doc = (row: string[]) => documentView({ meta: { title: '', year: 2022, name: '', profile: 'x', edition: 'E2022' }, parts: [{ id: 'annex', blocks: [{ type: 'table', table: budget08(row) }] }] });

  it('T12：000 的 08表 4.67 = 0 + 3.92 + 0.75 通过', () => {
    expect(t12Document.run(doc(['4.67', '', '3.92', '', '3.92', '0.75']))).toEqual([]);
  });

  it('T12：合计与各项之和不符时报告合计单元格和两个数值', () => {
    const out = t12Document.run(doc(['4.68', '', '3.92', '', '3.92', '0.75']));
    expect(Array.isArray(out) && out.map((d) => [d.at, d.data])).toEqual([
      [{ kind: 'table', key: 'three-public-costs', table: '预算08', row: '第1行', column: '“三公”经费合计' }, { expected: '4.67', actual: '4.68' }],
    ]);
  });

  it('T12：没有数据行时不适用（不是通过）', () => {
    const empty = budget08([]);
    empty.rows = empty.rows.slice(0, 2);
    const view = documentView({ meta: { title: '', year: 2022, name: '', profile: 'x', edition: 'E2022' }, parts: [{ id: 'annex', blocks: [{ type: 'table', table: empty }] }] });
    expect(t12Document.run(view)).toEqual({ notApplicable: '预算08表无数据' });
  });
});
