import { describe, expect, it } from 'vitest';
import type { GridTable } from '../../document/model.js';
import { content, covered } from '../../../tests/render/fixture.js';
import { displayWidth } from '../../document/tables/widths.js';
import { gridRowHeights, heightFor, linesFor } from './geometry.js';

describe('row geometry', () => {
  it('counts wrapped lines by display width, CJK as 2', () => {
    expect(linesFor('合计', 10)).toBe(1);
    expect(linesFor('一二三四五六七八九十', 11)).toBe(2);
    expect(linesFor('a\nb', 10)).toBe(2);
  });

  it('gives a text short enough to go unmeasured the lines measuring it gives', () => {
    const measured = (text: string, chars: number) => text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / Math.max(2, chars))), 0);
    for (const text of ['', '一二三四五', 'abcde', '一\n二三\n', '😀😀', '\n\n', '一二三四五六\nab'])
      for (const chars of [0, 1, 2, 5, 9, 10, 11, 12]) expect(linesFor(text, chars), `${JSON.stringify(text)} in ${chars}`).toBe(measured(text, chars));
  });

  it('grows a row for long text and spreads a tall row-spanning cell over its rows', () => {
    const long = '部门（单位）是否按照相关法律法规以及资金管理办法规定的用途使用预算资金';
    const table: GridTable = {
      id: 'x', key: 'test', columnKeys: [], rowKeys: [], label: 'x', title: 'x', columns: [10, 10], headerRows: 0, notes: [], density: 'normal',
      rows: [
        [content('短', 'text'), content(long, 'text')],
        [content(long + long, 'text', { rowSpan: 2 }), content('b', 'text')],
        [covered(), content('c', 'text')],
      ],
    };
    const [first, second, third] = gridRowHeights(table, 10);
    expect(first).toBe(heightFor(linesFor(long, 10), 10));
    expect(second! + third!).toBeGreaterThanOrEqual(heightFor(linesFor(long + long, 10), 10));
    expect(second).toBe(third);
  });
});
