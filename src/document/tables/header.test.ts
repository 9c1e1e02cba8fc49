import { describe, expect, it } from 'vitest';
import type { ContentCell, GridCell } from '../model.js';
import { headerDepth, layoutHeader } from './header.js';
import type { ColumnSpec } from './spec.js';

const col = (key: string, ...header: ColumnSpec['header']): ColumnSpec => ({ key, header, kind: 'amount' });

/** `A1:C2 text` notation of every content cell, for comparing with the spec's merge lists. */
function merges(grid: GridCell[][]): string[] {
  const letter = (c: number) => String.fromCharCode(65 + c);
  const out: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind !== 'content') return;
      const end = `${letter(c + cell.colSpan - 1)}${r + cell.rowSpan}`;
      out.push(`${letter(c)}${r + 1}${end === `${letter(c)}${r + 1}` ? '' : `:${end}`} ${cell.text}`);
    }),
  );
  return out;
}

describe('layoutHeader', () => {
  it('merges shared prefixes across and lets short paths span down (08表, spec §3.8)', () => {
    const columns = [
      col('total', '“三公”经费合计'),
      col('abroad', '因公出国（境）费'),
      col('vehicles', '公务用车购置及运行费', '小计'),
      col('purchase', '公务用车购置及运行费', '公务用车购置费'),
      col('ops', '公务用车购置及运行费', '公务用车运行费'),
      col('reception', '公务接待费'),
    ];
    expect(headerDepth(columns)).toBe(2);
    expect(merges(layoutHeader(columns))).toEqual([
      'A1:A2 “三公”经费合计',
      'B1:B2 因公出国（境）费',
      'C1:E1 公务用车购置及运行费',
      'F1:F2 公务接待费',
      'C2 小计',
      'D2 公务用车购置费',
      'E2 公务用车运行费',
    ]);
  });

  it('honours explicit row spans: 03表 科目编码 over two rows, 类/款/项 below (spec §3.3)', () => {
    const code = { label: '科目编码', rows: 2 };
    const columns = [col('a', code, '类'), col('b', code, '款'), col('c', code, '项'), col('d', '单位代码'), col('g', '基本支出', '人员经费', '工资福利支出')];
    expect(merges(layoutHeader(columns))).toEqual(['A1:C2 科目编码', 'D1:D3 单位代码', 'E1 基本支出', 'E2 人员经费', 'A3 类', 'B3 款', 'C3 项', 'E3 工资福利支出']);
  });

  it('does not merge equal labels under different parents (02表 本年收入/上年结转结余 › 合计)', () => {
    const columns = [col('a', '本年收入', '合计'), col('b', '上年结转结余', '合计')];
    expect(merges(layoutHeader(columns))).toEqual(['A1 本年收入', 'B1 上年结转结余', 'A2 合计', 'B2 合计']);
  });

  it('keeps a parent and a child with the same label apart (E2024 11表 一般公共预算资金 › 一般公共预算资金)', () => {
    const gp = '一般公共预算资金';
    const columns = [col('e', gp, '小计'), col('f', gp, gp, '财政拨款'), col('g', gp, gp, '专项收入')];
    expect(merges(layoutHeader(columns))).toEqual([`A1:C1 ${gp}`, 'A2:A3 小计', `B2:C2 ${gp}`, 'B3 财政拨款', 'C3 专项收入']);
  });

  it('marks every other position of a merge as covered', () => {
    const grid = layoutHeader([col('a', 'X'), col('b', 'Y', 'y1'), col('c', 'Y', 'y2')]);
    expect(grid.map((row) => row.map((c) => (c.kind === 'content' ? (c as ContentCell).text : '·')))).toEqual([
      ['X', 'Y', '·'],
      ['·', 'y1', 'y2'],
    ]);
  });

  it('has no header rows when no column declares one (整体绩效)', () => {
    expect(layoutHeader([col('a'), col('b')])).toEqual([]);
  });
});
