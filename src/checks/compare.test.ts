import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../model/money.js';
import { agrees, atMost, decimalString, exactly, numberShape, parseNumber, printedAmount, printedRate, roundedTo, total } from './compare.js';

const d = (s: string) => new Decimal(s);

describe('compare: exact and rounding-aware comparison', () => {
  it('两个精确数只在相等时一致', () => {
    expect(agrees(exactly(d('148.53')), exactly(d('148.53')))).toBe(true);
    expect(agrees(exactly(d('148.53')), exactly(d('148.54')))).toBe(false);
  });

  it('两位小数的打印金额是精确数，一分钱的差也能发现', () => {
    const parts = ['107.48', '41.05'].map((t) => printedAmount(t)!);
    expect(agrees(printedAmount('148.53')!, total(parts))).toBe(true);
    expect(agrees(printedAmount('148.54')!, total(parts))).toBe(false);
  });

  it('一位小数的打印金额按半个末位单位取容差（XBRL 计算 1.1）：002 整体绩效 107.5 + 41.1 与 148.5 相容', () => {
    const sum = total([printedAmount('107.5')!, printedAmount('41.1')!]);
    expect(sum.radius.toFixed(2)).toBe('0.10');
    expect(agrees(printedAmount('148.5')!, sum)).toBe(true);
    expect(agrees(printedAmount('148.2')!, sum)).toBe(false);
  });

  it('百分比总是按打印位数取半个末位单位', () => {
    const exact = exactly(d('1228.26').div(d('3374.03')).times(100));
    expect(agrees(printedRate('36.40%')!, exact)).toBe(true);
    expect(agrees(printedRate('36.41%')!, exact)).toBe(false);
    expect(printedRate('20.7%')!.radius.toFixed(2)).toBe('0.05');
  });

  it('空白是 0，非数字不是金额', () => {
    expect(printedAmount('')!.value.isZero()).toBe(true);
    expect(printedAmount('合计')).toBeUndefined();
    expect(parseNumber(' 3374.03 ')).toEqual({ value: d('3374.03'), decimals: 2 });
  });

  it('atMost 允许舍入误差', () => {
    expect(atMost(exactly(d('8.17')), exactly(d('8.1624')))).toBe(false);
    expect(atMost(roundedTo(d('8.2'), 1), exactly(d('8.17')))).toBe(true);
  });

  it('data 中的十进制字符串：金额两位，否则保留全部位数', () => {
    expect(decimalString(d('29'))).toBe('29.00');
    expect(decimalString(d('8.1624'))).toBe('8.1624');
  });

  it('性质：精确部分之和与其合计总是一致，合计加一分钱就不一致', () => {
    const cents = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(cents, (list) => {
        const parts = list.map((c) => exactly(new Decimal(c).div(100)));
        const sum = total(parts);
        return agrees(sum, exactly(sum.value)) && !agrees(sum, exactly(sum.value.plus('0.01')));
      }),
    );
  });

  it('性质：把每个部分四舍五入到一位小数后，总与部分之和仍在容差内', () => {
    const cents = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(cents, (list) => {
        const values = list.map((c) => new Decimal(c).div(100));
        const exactTotal = values.reduce((a, b) => a.plus(b), new Decimal(0));
        const printedParts = values.map((v) => roundedTo(v.toDecimalPlaces(1, Decimal.ROUND_HALF_UP), 1));
        const printedTotal = roundedTo(exactTotal.toDecimalPlaces(1, Decimal.ROUND_HALF_UP), 1);
        return agrees(printedTotal, total(printedParts));
      }),
    );
  });

  it('numberShape 与 parseNumber 读出相同的小数位数，整数位数不少于 4 即绝对值不小于 1000（随机文字）', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '9', ',', '.', '-', '+', ' ', '%', 'a'), maxLength: 14 });
    fc.assert(
      fc.property(text, (t) => {
        const n = parseNumber(t);
        const shape = numberShape(t);
        expect(shape === undefined).toBe(n === undefined);
        if (n && shape) {
          expect(shape.decimals).toBe(n.decimals);
          expect(shape.integerDigits >= 4).toBe(n.value.abs().gte(1000));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('total 与逐项相加相同：精确项不改变容差', () => {
    const q = fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.constantFrom(0, 1, 2)).map(([v, places]) => (places === 2 ? exactly(new Decimal(v).div(100)) : roundedTo(new Decimal(v).div(10 ** places), places)));
    fc.assert(
      fc.property(fc.array(q, { maxLength: 8 }), (parts) => {
        const sum = total(parts);
        expect(sum.value.eq(parts.reduce((a, p) => a.plus(p.value), d('0')))).toBe(true);
        expect(sum.radius.eq(parts.reduce((a, p) => a.plus(p.radius), d('0')))).toBe(true);
      }),
    );
  });
});
