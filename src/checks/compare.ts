import { Decimal, ZERO } from '../model/money.js';

/**
 * Every amount is exact at 2 decimals: inputs carry at most 2 (spec §2.12 "Input precision") and every
 * total is an exact sum of them, so a figure printed with 2 decimals is the figure itself.
 */
export const AMOUNT_DECIMALS = 2;

/**
 * A number with its rounding interval [value − radius, value + radius], as XBRL calculation 1.1 reads a
 * reported fact: radius 0 for an exact figure, half a unit of the last printed place for a rounded one.
 */
export interface Quantity {
  value: Decimal;
  radius: Decimal;
}

/** An exact figure (an input, a computed sum, a 2-decimal printed amount). */
export function exactly(value: Decimal): Quantity {
  return { value, radius: ZERO };
}

/** A figure rounded to `decimals` places: its true value lies within half a unit of that place. */
export function roundedTo(value: Decimal, decimals: number): Quantity {
  return { value, radius: new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))) };
}

const NUMBER = /^[+-]?\d+(?:\.(\d+))?$/;

/** The number a cell or phrase prints (spaces and a `%` ignored), or undefined when it is not one. */
export function parseNumber(text: string): { value: Decimal; decimals: number } | undefined {
  const clean = text.replace(/\s+/g, '').replace(/%$/, '');
  const m = NUMBER.exec(clean);
  if (!m) return undefined;
  return { value: new Decimal(clean), decimals: m[1]?.length ?? 0 };
}

/**
 * A printed amount: blank is an exact 0 (tables print zero as blank, spec §2.12); 2 or more decimals is
 * exact; fewer decimals (002's `41.1`) is rounded to the places shown. Undefined when not a number.
 */
export function printedAmount(text: string): Quantity | undefined {
  if (text.trim() === '') return exactly(ZERO);
  const n = parseNumber(text);
  if (!n) return undefined;
  return n.decimals >= AMOUNT_DECIMALS ? exactly(n.value) : roundedTo(n.value, n.decimals);
}

/** A printed percentage (`36.40%`, `20.7%`): always rounded to the places it shows. */
export function printedRate(text: string): Quantity | undefined {
  const n = parseNumber(text);
  return n ? roundedTo(n.value, n.decimals) : undefined;
}

/** Σ of quantities: values add, and so do the radii (each rounded part may be off by its half unit). */
export function total(parts: readonly Quantity[]): Quantity {
  return parts.reduce((acc, q) => ({ value: acc.value.plus(q.value), radius: acc.radius.plus(q.radius) }), exactly(ZERO));
}

/** a − b, with both uncertainties. */
export function difference(a: Quantity, b: Quantity): Quantity {
  return { value: a.value.minus(b.value), radius: a.radius.plus(b.radius) };
}

/** True when the two intervals overlap: |a − b| ≤ ra + rb (exact when both radii are 0). */
export function agrees(a: Quantity, b: Quantity): boolean {
  return a.value.minus(b.value).abs().lte(a.radius.plus(b.radius));
}

/** True when `a` may be at most `b` within rounding: a − ra ≤ b + rb. */
export function atMost(a: Quantity, b: Quantity): boolean {
  return a.value.minus(a.radius).lte(b.value.plus(b.radius));
}

/** The decimal string a diagnostic's `data` carries: 2 places for amounts, more only when needed. */
export function decimalString(value: Decimal): string {
  return value.decimalPlaces() <= AMOUNT_DECIMALS ? value.toFixed(AMOUNT_DECIMALS) : value.toFixed();
}
