import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../model/money.js';
import { change, sharePair } from './changes.js';

const cents = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => new Decimal(c).div(100));

describe('change', () => {
  it('reproduces the seeds’ growth figures (spec §2.0)', () => {
    expect(change(new Decimal('3374.03'), new Decimal('3270.21')).growth?.toFixed(2)).toBe('3.17');
    expect(change(new Decimal('948.39'), new Decimal('919.03')).growth?.toFixed(2)).toBe('3.19');
    expect(change(new Decimal('148.53'), new Decimal('98.90')).growth?.toFixed(2)).toBe('50.18');
  });

  it('has no growth over a zero base and none for no change', () => {
    expect(change(new Decimal(5), new Decimal(0)).growth).toBeNull();
    expect(change(new Decimal(5), new Decimal(5))).toMatchObject({ direction: 'flat', growth: null });
  });

  it('direction always matches the sign of Δ', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const c = change(a, b);
        const expected = a.gt(b) ? 'up' : a.lt(b) ? 'down' : 'flat';
        return c.direction === expected && c.delta.equals(a.minus(b));
      }),
    );
  });
});

describe('sharePair', () => {
  it('reproduces the seed shares', () => {
    const p = sharePair(new Decimal('1228.26'), new Decimal('2145.77'));
    expect([p?.first.toFixed(2), p?.second.toFixed(2)]).toEqual(['36.40', '63.60']);
    const q = sharePair(new Decimal('196.28'), new Decimal('752.11'));
    expect([q?.first.toFixed(2), q?.second.toFixed(2)]).toEqual(['20.70', '79.30']);
  });

  it('is null over a zero whole', () => {
    expect(sharePair(new Decimal(0), new Decimal(0))).toBeNull();
  });

  it('always prints to exactly 100.00 and each share is within half a unit of its true value', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const p = sharePair(a, b);
        if (a.plus(b).isZero()) return p === null;
        if (!p) return false;
        const trueSecond = b.div(a.plus(b)).times(100);
        return p.first.plus(p.second).toFixed(2) === '100.00' && p.second.minus(trueSecond).abs().lte('0.005');
      }),
    );
  });
});
