import { describe, expect, it } from 'vitest';
import { Decimal } from '../../model/money.js';
import { layoutBody } from './body.js';
import type { ColumnSpec } from './spec.js';

const columns: ColumnSpec[] = [
  { key: 'code', header: ['编码'], kind: 'code' },
  { key: 'name', header: ['名称'], kind: 'label' },
  { key: 'amount', header: ['金额'], kind: 'amount' },
];

describe('layoutBody', () => {
  it('prints amounts with 2 decimals, keeps the exact value, and leaves zero blank (spec §2.12)', () => {
    const [row] = layoutBody(columns, [{ key: 'r', cells: { code: '015', name: '合计', amount: new Decimal('41.1') } }]);
    expect(row?.[2]).toMatchObject({ kind: 'content', role: 'amount', text: '41.10', value: '41.10', align: 'right' });
    const [zero] = layoutBody(columns, [{ key: 'r', cells: { amount: new Decimal(0) } }]);
    expect(zero?.[2]).toMatchObject({ kind: 'content', role: 'amount', text: '' });
    expect(zero?.[2]).not.toHaveProperty('value');
  });

  it('prints 0.00 where the spec asks for it (01表 年终结转结余)', () => {
    const [row] = layoutBody(columns, [{ key: 'r', cells: { amount: { amount: new Decimal(0), showZero: true } } }]);
    expect(row?.[2]).toMatchObject({ text: '0.00', value: '0.00' });
  });

  it('covers the positions of row and column spans and skips them in later rows', () => {
    const grid = layoutBody(columns, [
      { key: 'r', cells: { code: { text: 'P1', rowSpan: 2 }, name: { text: '跨两列', colSpan: 2 } } },
      { key: 'r', cells: { name: 'b', amount: new Decimal('1.5') } },
    ]);
    expect(grid.map((r) => r.map((c) => c.kind))).toEqual([
      ['content', 'content', 'covered'],
      ['covered', 'content', 'content'],
    ]);
    expect(grid[0]?.[0]).toMatchObject({ rowSpan: 2, colSpan: 1, role: 'code' });
  });

  it('rejects a span that leaves the table, overlapping spans, and unknown columns', () => {
    expect(() => layoutBody(columns, [{ key: 'r', cells: { code: { text: 'x', rowSpan: 2 } } }])).toThrow(/超出/);
    expect(() =>
      layoutBody(columns, [{ key: 'r', cells: { name: { text: 'y', rowSpan: 2 } } }, { key: 'r', cells: { code: { text: 'x', colSpan: 2 } } }]),
    ).toThrow(/被两个合并单元格覆盖/);
    expect(() => layoutBody(columns, [{ key: 'r', cells: { other: 'x' } }])).toThrow(/不存在的列 other/);
  });
});
