import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../model/diagnostic.js';
import type { GridCell, GridTable } from '../../document/model.js';
import { columnWidths, minimumWidths, scaleColumns, unbreakableEms } from './column-widths.js';
import { textEms } from './title-lines.js';

describe('scaleColumns：相对字符宽度缩放到版心宽度', () => {
  it('按比例分配，舍入余数给最宽的列，总和正好等于版心宽度', () => {
    expect(scaleColumns([30, 12, 30, 12], 14798)).toEqual([5285, 2114, 5285, 2114]);
    expect(scaleColumns([30, 12, 30, 12], 14800)).toEqual([5287, 2114, 5285, 2114]);
  });

  it('任意正宽度的和都等于目标宽度，且各列不小于按比例向下取整的值', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1000, max: 20000 }), (cols, total) => {
        const widths = scaleColumns(cols, total);
        const units = cols.reduce((a, b) => a + b, 0);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
        widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.floor((total * (cols[i] ?? 0)) / units)));
      }),
    );
  });

  it('空列表或非正宽度是程序错误', () => {
    expect(() => scaleColumns([], 100)).toThrow(InternalError);
    expect(() => scaleColumns([3, 0], 100)).toThrow(InternalError);
  });
});

describe('columnWidths：金额、编码和拉丁字符串不折行', () => {
  const cell = (text: string, role: 'amount' | 'code' | 'text' | 'label' = 'text'): GridCell => ({ kind: 'content', text, role, rowSpan: 1, colSpan: 1, align: 'left' });
  const table = (rows: GridCell[][], columns: number[], density: GridTable['density'] = 'dense'): GridTable => ({
    id: 't', key: 'test', columnKeys: [], rowKeys: [], label: 't', title: 't', columns, headerRows: 0, rows, notes: [], density,
  });

  it('金额列按比例太窄时加宽，宽度取自文字列的富余', () => {
    const t = table([[cell('很长的项目名称需要折行显示', 'label'), cell('1234567.89', 'amount')]], [40, 2]);
    const [name, amount] = columnWidths(t, 6000);
    const [need] = minimumWidths(table([[cell('1234567.89', 'amount')]], [1]));
    expect(amount).toBeGreaterThanOrEqual(need ?? 0);
    expect((name ?? 0) + (amount ?? 0)).toBe(6000);
    expect(scaleColumns([40, 2], 6000)[1]).toBeLessThan(need ?? 0);
  });

  it('不需要加宽时就是按比例的宽度', () => {
    const t = table([[cell('甲', 'label'), cell('1.00', 'amount')]], [10, 10], 'normal');
    expect(columnWidths(t, 4000)).toEqual(scaleColumns([10, 10], 4000));
  });

  it('不可断开的长度：金额和编码整体，其他取最长的拉丁串或一个汉字', () => {
    expect(unbreakableEms({ text: '4103952400000001290', role: 'code' })).toBeCloseTo(19 * 0.6);
    expect(unbreakableEms({ text: '服务对象满意度≥95%', role: 'text' })).toBeCloseTo(1 + 3 * 0.6);
    expect(unbreakableEms({ text: '服务对象满意度', role: 'text' })).toBeCloseTo(1);
    expect(unbreakableEms({ text: '发放数量12345个', role: 'text' })).toBeCloseTo(5 * 0.6);
  });

  it('文字单元格不可断开的长度与按正则切出各段再量的结果完全相同（任意文字，含空白、全角、代理项）', () => {
    const byRegex = (text: string) => Math.max(0, ...(text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+/g) ?? []).map(textEms));
    const pieces = fc.constantFrom('预', '算', 'A', '9', '.', '%', '≥', ' ', '\t', '\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ud842\udfb7', '\ud800', '—', '（', ',');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(unbreakableEms({ text, role: 'text' })).toBe(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('表头最多折成四行：空列的表头不会一字一行', () => {
    const header: GridCell = { kind: 'content', text: '财政专户管理资金', role: 'header', rowSpan: 1, colSpan: 1, align: 'center' };
    const [need] = minimumWidths(table([[header]], [1], 'compact'));
    expect(need).toBeGreaterThanOrEqual(Math.ceil(2 * 9 * 20) + 2 * 70);
  });

  it('富余不够时不超出总宽度', () => {
    const t = table([[cell('123456789.00', 'amount'), cell('123456789.00', 'amount')]], [1, 1]);
    const widths = columnWidths(t, 800);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(800);
  });
});
