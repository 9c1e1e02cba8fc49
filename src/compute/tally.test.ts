import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../model/money.js';
import { Tally } from './tally.js';

function tallied(amounts: readonly Decimal[]): Decimal {
  const tally = new Tally();
  for (const a of amounts) tally.add(a);
  return tally.value();
}

function chained(amounts: readonly Decimal[]): Decimal {
  return amounts.reduce((sum, a) => sum.plus(a), ZERO);
}

/** Amounts with 0–4 decimals, small and beyond what cents in a JS number can hold. */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .map(([digits, places, small]) => new Decimal(`${small ? digits % 100000000n : digits}e-${places}`));

describe('Tally：与 decimal.js 逐笔相加的结果完全相同', () => {
  it('空的合计为 0；两位小数的金额；正负相抵为 0', () => {
    expect(tallied([]).toString()).toBe('0');
    expect(tallied(['1228.26', '0.01', '-0.27'].map((s) => new Decimal(s))).toString()).toBe('1228');
    expect(tallied(['5.5', '-5.5'].map((s) => new Decimal(s))).toFixed(2)).toBe('0.00');
  });

  it('三位以上小数、超出安全整数的金额改用 decimal.js，仍然精确', () => {
    const amounts = ['0.01', '0.001', '90071992547409.91', '90071992547409.91'].map((s) => new Decimal(s));
    expect(tallied(amounts).toString()).toBe(chained(amounts).toString());
  });

  it('随机金额（值与打印形式都相同）', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (amounts) => {
        const [a, b] = [tallied(amounts), chained(amounts)];
        expect(a.toString()).toBe(b.toString());
        expect(a.toFixed(2)).toBe(b.toFixed(2));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 500 },
    );
  });
});
