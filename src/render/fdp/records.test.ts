import { describe, expect, it } from 'vitest';
import type { ContentCell, GridTable } from '../../document/model.js';
import { toCsv } from './csv.js';
import { tableRecords } from './records.js';

const cell = (text: string, extra: Partial<ContentCell> = {}): ContentCell => ({
  kind: 'content',
  text,
  role: 'label',
  rowSpan: 1,
  colSpan: 1,
  align: 'left',
  ...extra,
});
const amount = (value: string | undefined, extra: Partial<ContentCell> = {}) => cell(value ?? '', { role: 'amount', ...(value ? { value } : {}), ...extra });
const covered = { kind: 'covered' } as const;

/** A paired table like 预算01: income on the left, expenditure (with its own row keys) on the right. */
const paired: GridTable = {
  key: 'income-expenditure',
  id: '预算01',
  label: '预算01表',
  title: '收支预算表',
  columns: [10, 8, 10, 8],
  headerRows: 2,
  rows: [
    [cell('收入', { role: 'header', colSpan: 2 }), covered, cell('支出', { role: 'header', colSpan: 2 }), covered],
    [cell('项目', { role: 'header' }), cell('金额', { role: 'header' }), cell('项目', { role: 'header' }), cell('金额', { role: 'header' })],
    [cell('一、一般公共预算'), amount('12.30'), cell('一、一般公共服务', { row: 'class:201' }), amount('12.30', { row: 'class:201' })],
    [cell(''), amount(undefined), cell('二、"外交"，其他', { row: 'class:202' }), amount(undefined, { row: 'class:202' })],
  ],
  columnKeys: ['incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureAmount'],
  rowKeys: [null, null, 'general-public', 'class:202'],
  notes: [],
  density: 'normal',
};

describe('fdp：网格 → 带键记录', () => {
  it('右半单元格归入自己的行键；同一行键的左右两半合为一条记录', () => {
    const { records } = tableRecords(paired);
    expect(records).toEqual([
      ['general-public', '一、一般公共预算', '12.30', '', ''],
      ['class:201', '', '', '一、一般公共服务', '12.30'],
      ['class:202', '', '', '二、"外交"，其他', ''],
    ]);
  });

  it('字段标题为表头路径，金额列只含金额单元格', () => {
    const { columns } = tableRecords(paired);
    expect(columns.map((c) => [c.key, c.header.join(' / '), c.amount])).toEqual([
      ['incomeItem', '收入 / 项目', false],
      ['incomeAmount', '收入 / 金额', true],
      ['expenditureItem', '支出 / 项目', false],
      ['expenditureAmount', '支出 / 金额', true],
    ]);
  });

  it('纵向合并的金额只出现在首行，被覆盖的位置为空（求和不会重复计算）', () => {
    const table: GridTable = {
      ...paired,
      headerRows: 0,
      columns: [8, 8],
      columnKeys: ['name', 'total'],
      rows: [
        [cell('项目甲', { rowSpan: 2 }), amount('3.70', { rowSpan: 2 })],
        [covered, covered],
      ],
      rowKeys: ['project:1', 'project:1/2'],
    };
    expect(tableRecords(table)).toEqual({
      columns: [
        { key: 'name', header: [], amount: false },
        { key: 'total', header: [], amount: true },
      ],
      records: [
        ['project:1', '项目甲', '3.70'],
        ['project:1/2', '', ''],
      ],
    });
  });

  it('同一行键在同一列出现两个值是内部错误', () => {
    const rows = paired.rows.map((r) => [...r]);
    rows[3] = [cell('x'), amount('1.00'), cell('y', { row: 'general-public' }), amount(undefined)];
    expect(() => tableRecords({ ...paired, rows, rowKeys: [null, null, 'general-public', 'general-public'] })).toThrow(/行键 general-public 在列 incomeItem 上有两个值/);
  });

  it('CSV 按 RFC 4180 加引号，记录以 CRLF 结束', () => {
    expect(toCsv([['a', 'b,c'], ['"q"', 'x\ny']])).toBe('a,"b,c"\r\n"""q""","x\ny"\r\n');
  });
});
