import { Decimal } from 'decimal.js';

/** Money is decimal.js in 万元; configured once for exact sums and half-up printing (spec §2.12). */
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };
export type Money = Decimal;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** 1 万元 = 10000 元, exactly. */
const YUAN_PER_WAN = new Decimal(10000);

/** Σ of decimals; an empty list sums to 0. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/**
 * `a.plus(b)`, the same value, without making a Decimal when one side is zero: most sums of a budget add zeros (a
 * source or class column an item does not book) or start from one. The other side is returned when a sum would keep
 * it as it is (no more significant digits than the precision; every amount of an input); two zeros are added as ever.
 */
export function add(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) {
    if (!a.isZero() && a.sd() <= Decimal.precision) return a;
  } else if (a.isZero() && b.sd() <= Decimal.precision) return b;
  return a.plus(b);
}

/** The unit an amount is printed in (variations.md §5). */
export type AmountUnit = '万元' | '元';

/** How amounts of one context (narrative or tables) print: unit, decimals, thousands separators. */
export interface AmountFormat {
  unit: AmountUnit;
  decimals: number;
  thousands: boolean;
}

/** The Luoyang format: 万元, 2 decimals, no separators (spec §2.12). */
export const DEFAULT_AMOUNT_FORMAT: AmountFormat = { unit: '万元', decimals: 2, thousands: false };

/** An amount held in 万元, converted exactly to `unit` (万元 → 元 is × 10000); never rounded. */
export function inUnit(value: Decimal, unit: AmountUnit): Decimal {
  return unit === '元' ? value.times(YUAN_PER_WAN) : value;
}

/** Prints an amount with exactly 2 decimals, half-up, no thousands separator: `3374.03` (spec §2.12). */
export function formatAmount(value: Decimal): string {
  return formatAmountAs(value, DEFAULT_AMOUNT_FORMAT);
}

/**
 * Prints an amount held in 万元 in the format's unit, rounded half-up to its decimals, with optional
 * thousands separators: `3374.03`, `33740300`, `33,740,300.00`.
 */
export function formatAmountAs(value: Decimal, format: AmountFormat): string {
  const fixed = inUnit(value, format.unit).toDecimalPlaces(format.decimals, Decimal.ROUND_HALF_UP).toFixed(format.decimals);
  return format.thousands ? groupThousands(fixed) : fixed;
}

/**
 * The exact amount in the format's unit as a plain decimal string, padded to the printed decimals when it
 * has no more than those (`41.10`), else with all its digits (`41.15` printed as `41.2`): what a cell's
 * `value` and a slot's exact value hold, so a reader compares the printed text with the figure behind it.
 */
export function exactAmount(value: Decimal, format: AmountFormat = DEFAULT_AMOUNT_FORMAT): string {
  const exact = inUnit(value, format.unit);
  return exact.decimalPlaces() <= format.decimals ? exact.toFixed(format.decimals) : exact.toFixed();
}

/** Whether an amount prints as zero in the format (a Δ of 0.3 万元 printed in whole 万元). */
export function printsAsZero(value: Decimal, format: AmountFormat = DEFAULT_AMOUNT_FORMAT): boolean {
  return inUnit(value, format.unit).toDecimalPlaces(format.decimals, Decimal.ROUND_HALF_UP).isZero();
}

/** Narrative amount: zero as `0` or in the format (`0.00`) per the zero style, else formatAmount (spec §2.12). */
export function formatMoney(value: Decimal, zeroStyle: '0' | '0.00' = '0.00', format: AmountFormat = DEFAULT_AMOUNT_FORMAT): string {
  if (value.isZero() && zeroStyle === '0') return '0';
  return formatAmountAs(value, format);
}

/** Percentage with a fixed number of decimals, half-up, without the `%` sign. */
export function formatPercentNumber(value: Decimal, decimals = 2): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** `8827620.53` → `8,827,620.53`: commas every three digits of the integer part. */
export function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
