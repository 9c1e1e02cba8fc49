import { describe, expect, it } from 'vitest';
import { Decimal, exactAmount, formatAmountAs } from '../../model/money.js';
import { layoutBody } from '../tables/body.js';
import type { ColumnSpec } from '../tables/spec.js';
import { styleOptionsSchema } from './options.js';
import { tableStyleOf } from './resolve.js';
import { cellDisplay, DEFAULT_CELL_DISPLAY, printCellAmount, type CellDisplay } from './table.js';

const d = (s: string) => new Decimal(s);
const display = (options: Parameters<typeof styleOptionsSchema.parse>[0]): CellDisplay => cellDisplay(styleOptionsSchema.parse(options));

describe('zero and empty display in tables (variations.md §7)', () => {
  it('blank by default, 0.00 where a cell asks showZero (01表 年终结转结余)', () => {
    expect(printCellAmount(d('0'), false, DEFAULT_CELL_DISPLAY)).toBeUndefined();
    expect(printCellAmount(d('0'), true, DEFAULT_CELL_DISPLAY)).toEqual({ text: '0.00', value: '0.00' });
  });

  it('—, 0 and 0.00 for every zero, the value still the exact zero', () => {
    expect(printCellAmount(d('0'), false, display({ zeroDisplay: '—' }))).toEqual({ text: '—', value: '0.00' });
    expect(printCellAmount(d('0'), true, display({ zeroDisplay: '—' }))).toEqual({ text: '—', value: '0.00' });
    expect(printCellAmount(d('0'), false, display({ zeroDisplay: '0' }))).toEqual({ text: '0', value: '0.00' });
    expect(printCellAmount(d('0'), false, display({ zeroDisplay: '0.00', tableAmountDecimals: 1 }))).toEqual({ text: '0.0', value: '0.0' });
    expect(printCellAmount(d('5'), false, display({ zeroDisplay: '—' }))).toEqual({ text: '5.00', value: '5.00' });
  });

  it('元 with and without thousands separators; the value is the exact amount in 元', () => {
    expect(printCellAmount(d('882.762053'), false, display({ tableAmountUnit: '元' }))).toEqual({ text: '8827620.53', value: '8827620.53' });
    expect(printCellAmount(d('882.762053'), false, display({ tableAmountUnit: '元', tableThousands: true }))).toEqual({ text: '8,827,620.53', value: '8827620.53' });
  });

  it('1-decimal amounts keep every digit of the exact value', () => {
    expect(printCellAmount(d('7.45'), false, display({ tableAmountDecimals: 1 }))).toEqual({ text: '7.5', value: '7.45' });
    expect(printCellAmount(d('11.4'), false, display({ tableAmountDecimals: 1 }))).toEqual({ text: '11.4', value: '11.4' });
  });

  it('layoutBody prints cells in the display it is given', () => {
    const columns: ColumnSpec[] = [
      { key: 'name', header: ['名称'], kind: 'label' },
      { key: 'a', header: ['甲'], kind: 'amount' },
      { key: 'b', header: ['乙'], kind: 'amount' },
    ];
    const [row] = layoutBody(columns, [{ key: 'r', cells: { name: '合计', a: d('0'), b: d('1234.5') } }], undefined, display({ zeroDisplay: '—', tableAmountUnit: '元', tableThousands: true }));
    expect(row?.[1]).toMatchObject({ text: '—', value: '0.00', role: 'amount' });
    expect(row?.[2]).toMatchObject({ text: '12,345,000.00', value: '12345000.00' });
  });
});

describe('a table entry overrides the profile’s style', () => {
  it('reads the entry’s option first, then the profile’s, then the default', () => {
    const profile = { zeroDisplay: '0', tableAmountDecimals: 1, percentDecimals: 2 };
    expect(tableStyleOf(profile, {}).zeroDisplay).toBe('0');
    expect(tableStyleOf(profile, { zeroDisplay: '—', nameLine: false })).toMatchObject({ zeroDisplay: '—', tableAmountDecimals: 1, tableAmountUnit: '万元' });
    expect(tableStyleOf({}, {}).zeroDisplay).toBe('blank');
  });

  it('names a wrong option value in Chinese', () => {
    expect(() => tableStyleOf({}, { zeroDisplay: 'none' })).toThrow(/格式选项有误：zeroDisplay/);
  });
});

describe('printing without a second rounding', () => {
  const values = ['1', '-1', '41.1', '41.15', '-41.155', '0.004', '0.005', '-0.005', '123456789.5', '882.762053', '1e-9', '7', '1234567.891', '-0.0001'];
  const formats = [
    {},
    { tableAmountDecimals: 0 },
    { tableAmountDecimals: 1 },
    { tableAmountDecimals: 4 },
    { tableAmountUnit: '元' as const },
    { tableAmountUnit: '元' as const, tableThousands: true },
    { tableAmountDecimals: 0, tableThousands: true },
  ];
  it('prints what rounding half-up and the exact value print, for every format', () => {
    for (const options of formats)
      for (const v of values) {
        const shown = display(options);
        expect(printCellAmount(d(v), false, shown), `${v} ${JSON.stringify(options)}`).toEqual({ text: formatAmountAs(d(v), shown.amount), value: exactAmount(d(v), shown.amount) });
      }
  });
});
