import { describe, expect, it } from 'vitest';
import { content } from '../../../tests/render/fixture.js';
import { amountNumber, gridCellStyle } from './cells.js';

/** What the writer wrote before reading the number off the string: the string through Number, left out when not finite. */
const throughNumber = (value: string) => (Number.isFinite(Number(value)) ? String(Number(value)) : undefined);

describe('amountNumber', () => {
  it('writes what String(Number(value)) writes, for 2-dp amounts of every length and sign', () => {
    const values: string[] = [];
    for (let digits = 1; digits <= 15; digits++)
      for (const lead of ['1', '9', '0'])
        for (const fraction of ['00', '01', '10', '50', '99', '05'])
          for (const sign of ['', '-']) values.push(`${sign}${lead}${'7'.repeat(digits - 1)}.${fraction}`, `${sign}${lead}${'0'.repeat(digits - 1)}.${fraction}`);
    for (let i = 0; i < 2000; i++) values.push((((i * 7919) % 1000003) * (i % 3 === 0 ? -1 : 1) / 100).toFixed(2));
    for (const value of values) expect(amountNumber(value), value).toBe(throughNumber(value));
  });

  it('sends anything but -?digits.dd through Number', () => {
    for (const value of ['', '-', '.', '-.50', '1', '1.5', '1.500', ' 1.00', '1.00 ', '+1.00', '00.50', '-00.00', '1e3', '1e400', 'NaN', 'Infinity', '0x10', '1,000.00', '１.００', '12345678901234.56'])
      expect(amountNumber(value), JSON.stringify(value)).toBe(throughNumber(value));
  });
});

describe('gridCellStyle', () => {
  it('gives the cells of one look at one font size one frozen style, and each look its own', () => {
    const a = gridCellStyle(content('1.00', 'amount'), 10);
    expect(gridCellStyle(content('2.00', 'amount'), 10)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ font: '宋体', size: 10, bold: false, horizontal: 'right', wrap: true, indent: false, border: true, amount: true });
    expect(gridCellStyle(content('1.00', 'amount'), 9)).toMatchObject({ size: 9, amount: true });
    expect(gridCellStyle(content('合计', 'label', { bold: true }), 10)).toMatchObject({ size: 10, bold: true, horizontal: 'left', indent: true, amount: false });
  });
});
