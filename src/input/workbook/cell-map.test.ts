import { describe, expect, it } from 'vitest';
import { CellMap } from './cell-map.js';

describe('CellMap：把模式路径映射回单元格', () => {
  const map = new CellMap({ sheet: '基本信息', cell: 'A1' });
  map.at(['lineItems'], '支出明细', 'A2');
  map.at(['lineItems', 11], '支出明细', 'A13');
  map.at(['lineItems', 11, 'amount'], '支出明细', 'K13');
  map.at(['lineItems', 11, 'amount'], '支出明细', 'Z99');

  it('值找到自己的单元格（先记录的为准）', () => {
    expect(map.locate(['lineItems', 11, 'amount'])).toEqual({ kind: 'cell', sheet: '支出明细', cell: 'K13' });
  });

  it('不知道具体单元格时退到行，再退到表，最后退到工作表', () => {
    expect(map.locate(['lineItems', 11, 'source'])).toEqual({ kind: 'cell', sheet: '支出明细', cell: 'A13' });
    expect(map.locate(['lineItems', 40, 'amount'])).toEqual({ kind: 'cell', sheet: '支出明细', cell: 'A2' });
    expect(map.locate(['prior', 'total'])).toEqual({ kind: 'cell', sheet: '基本信息', cell: 'A1' });
  });
});
