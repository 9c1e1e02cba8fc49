import { describe, expect, it } from 'vitest';
import { Decimal, exactAmount, formatAmount, formatAmountAs, formatMoney, groupThousands, inUnit, printsAsZero, type AmountFormat } from './money.js';

const d = (s: string) => new Decimal(s);
const fmt = (unit: AmountFormat['unit'], decimals: number, thousands = false): AmountFormat => ({ unit, decimals, thousands });

describe('amount formats (variations.md §5)', () => {
  it('prints 2 decimals in 万元 by default, half-up only when printing', () => {
    expect(formatAmount(d('3374.025'))).toBe('3374.03');
    expect(formatAmountAs(d('3374.025'), fmt('万元', 2))).toBe('3374.03');
  });

  it('prints 1 decimal and integers, half-up', () => {
    expect(formatAmountAs(d('46.75'), fmt('万元', 1))).toBe('46.8');
    expect(formatAmountAs(d('46.74'), fmt('万元', 1))).toBe('46.7');
    expect(formatAmountAs(d('4431.5'), fmt('万元', 0))).toBe('4432');
  });

  it('converts 万元 to 元 exactly (× 10000), with and without thousands separators', () => {
    expect(inUnit(d('88.130039'), '元').toFixed()).toBe('881300.39');
    expect(formatAmountAs(d('88.13'), fmt('元', 2))).toBe('881300.00');
    expect(formatAmountAs(d('882.762053'), fmt('元', 2, true))).toBe('8,827,620.53');
    expect(formatAmountAs(d('0.017'), fmt('元', 0))).toBe('170');
    expect(formatAmountAs(d('231'), fmt('万元', 0, true))).toBe('231');
    expect(formatAmountAs(d('2310'), fmt('万元', 0, true))).toBe('2,310');
  });

  it('keeps the exact amount in the printed unit, padded to the printed decimals', () => {
    expect(exactAmount(d('41.1'), fmt('万元', 2))).toBe('41.10');
    expect(exactAmount(d('41.15'), fmt('万元', 1))).toBe('41.15');
    expect(exactAmount(d('41.15'), fmt('元', 2))).toBe('411500.00');
  });

  it('knows when an amount prints as zero', () => {
    expect(printsAsZero(d('0.3'), fmt('万元', 0))).toBe(true);
    expect(printsAsZero(d('0.3'), fmt('元', 0))).toBe(false);
    expect(printsAsZero(d('0.01'), fmt('万元', 2))).toBe(false);
  });

  it('narrative zero: 0 or the format’s zero per the zero style (spec §2.12)', () => {
    expect(formatMoney(d('0'), '0')).toBe('0');
    expect(formatMoney(d('0'), '0.00')).toBe('0.00');
    expect(formatMoney(d('0'), '0.00', fmt('万元', 1))).toBe('0.0');
    expect(formatMoney(d('12'), '0', fmt('元', 0, true))).toBe('120,000');
  });

  it('groups thousands of the integer part only', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('123')).toBe('123');
    expect(groupThousands('-1234')).toBe('-1,234');
  });
});
