import { describe, expect, it } from 'vitest';
import { amountNumber } from './cells.js';

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
