import { Decimal, HUNDRED, ZERO } from '../model/money.js';

/** A year-on-year comparison: Δ = current − prior, growth % only over a non-zero prior (spec §2.0). */
export interface Change {
  current: Decimal;
  prior: Decimal;
  delta: Decimal;
  direction: 'up' | 'down' | 'flat';
  /** |Δ| / prior × 100, unrounded; null when prior is 0 or Δ is 0. */
  growth: Decimal | null;
}

export function change(current: Decimal, prior: Decimal): Change {
  const delta = current.minus(prior);
  const direction = delta.isZero() ? 'flat' : delta.isPositive() ? 'up' : 'down';
  const growth = prior.isZero() || delta.isZero() ? null : delta.abs().div(prior).times(HUNDRED);
  return { current, prior, delta, direction, growth };
}

/**
 * A two-way share of a whole that prints to exactly 100.00%: the first share is rounded half-up to
 * `decimals`, the second is 100 − first (spec §2.12). Null when the whole is 0.
 */
export interface SharePair {
  whole: Decimal;
  first: Decimal;
  second: Decimal;
}

export function sharePair(first: Decimal, second: Decimal, decimals = 2): SharePair | null {
  const whole = first.plus(second);
  if (whole.isZero()) return null;
  const firstShare = first.div(whole).times(HUNDRED).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return { whole, first: firstShare, second: HUNDRED.minus(firstShare) };
}

export const NO_CHANGE: Change = change(ZERO, ZERO);
