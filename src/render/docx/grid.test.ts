import { describe, expect, it } from 'vitest';
import type { GridCell, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { gridRows } from '../../../tests/render/docx-reference.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): GridCell => ({ kind: 'content', text, role: 'text', rowSpan, colSpan, align: 'left' });
const covered: GridCell = { kind: 'covered' };

function grid(rows: GridCell[][], headerRows = 0): GridTable {
  return { id: '预算99', key: 'test', columnKeys: [], rowKeys: [], label: '预算99表', title: 't', columns: rows[0]?.map(() => 1) ?? [], headerRows, rows, notes: [], density: 'normal' };
}

const widths = (n: number) => Array.from({ length: n }, () => 100);

describe('gridRows：纵向合并由本程序插入续格', () => {
  it('同一行两个纵向合并相邻时，续格各在其列（docx rowSpan 的已知错误不会出现）', () => {
    const table = grid([
      [cell('A', 3), cell('B', 3), cell('C')],
      [covered, covered, cell('D')],
      [covered, covered, cell('E')],
    ]);
    const rows = gridRows(table, widths(3));
    expect(rows.map((r) => r.cells.map((c) => c.options.verticalMerge ?? '-'))).toEqual([
      ['restart', 'restart', '-'],
      ['continue', 'continue', '-'],
      ['continue', 'continue', '-'],
    ]);
  });

  it('横跨多列又纵跨多行的格：续格带同样的 gridSpan 和宽度', () => {
    const table = grid([
      [cell('金额', 2, 2), covered, cell('X')],
      [covered, covered, cell('Y')],
    ]);
    const [first, second] = gridRows(table, [100, 200, 300]);
    expect(first?.cells.map((c) => [c.options.columnSpan, c.options.width?.size])).toEqual([[2, 300], [undefined, 300]]);
    expect(second?.cells[0]?.options).toMatchObject({ verticalMerge: 'continue', columnSpan: 2, width: { size: 300 } });
  });

  it('表头行数以内的行标记为重复表头', () => {
    const rows = gridRows(grid([[cell('h')], [cell('b')]], 1), widths(1));
    expect(rows).toHaveLength(2);
  });

  it.each([
    ['被合并的位置却是内容格', [[cell('A', 2)], [cell('B')]]],
    ['没有合并区域覆盖的 covered 格', [[cell('A'), covered]]],
    ['合并超出表格', [[cell('A', 1, 3), covered]]],
    ['某行列数不对', [[cell('A'), cell('B')], [cell('C')]]],
  ])('网格不一致（%s）时抛出 InternalError', (_, rows) => {
    const table: GridTable = { ...grid(rows), columns: [1, 1].slice(0, rows[0]?.length ?? 1) };
    expect(() => gridRows(table, widths(table.columns.length))).toThrow(InternalError);
  });
});
