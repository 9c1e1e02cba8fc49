import { Decimal } from 'decimal.js';

/** Money is decimal.js in 万元; configured once for exact sums and half-up printing (spec §2.12). */
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };
export type Money = Decimal;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Σ of decimals; an empty list sums to 0. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Prints an amount with exactly 2 decimals, half-up, no thousands separator: `3374.03`. */
export function formatAmount(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Narrative amount: `0` or `0.00` for zero per the profile's zero style, else 2 decimals (spec §2.12). */
export function formatMoney(value: Decimal, zeroStyle: '0' | '0.00' = '0.00'): string {
  if (value.isZero()) return zeroStyle;
  return formatAmount(value);
}

/** Percentage with a fixed number of decimals, half-up, without the `%` sign. */
export function formatPercentNumber(value: Decimal, decimals = 2): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}
