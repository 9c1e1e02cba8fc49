import { add, Decimal, ZERO } from '../model/money.js';

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
  let radius = radii.get(decimals);
  if (!radius) radii.set(decimals, (radius = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)))));
  return { value, radius };
}

/** Half a unit of the last place, by places: the same few (0–4) for every rounded figure of a document. */
const radii = new Map<number, Decimal>();

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/** The number a cell or phrase prints (spaces, thousands separators and a `%` ignored), or undefined when it is not one. */
export function parseNumber(text: string): { value: Decimal; decimals: number } | undefined {
  const read = readNumber(text);
  return read && { value: new Decimal(read.digits), decimals: read.decimals };
}

/**
 * What parseNumber reads of a number without making its Decimal: its places and how many digits its whole part
 * has (leading zeros dropped, so `integerDigits >= 4` is |value| ≥ 1000); undefined when not a number.
 */
export function numberShape(text: string): { decimals: number; integerDigits: number } | undefined {
  const read = readNumber(text);
  if (!read) return undefined;
  const unsigned = read.digits.replace(/^[+-]/, '');
  const point = unsigned.indexOf('.');
  return { decimals: read.decimals, integerDigits: (point < 0 ? unsigned : unsigned.slice(0, point)).replace(/^0+/, '').length };
}

/** The number a text prints, as a string Decimal reads (no spaces, separators or `%`), and its places. */
function readNumber(text: string): { digits: string; decimals: number } | undefined {
  const clean = text.replace(/\s+/g, '').replace(/%$/, '');
  const m = NUMBER.exec(clean);
  return m ? { digits: clean.replace(/,/g, ''), decimals: m[1]?.length ?? 0 } : undefined;
}

/** The units an amount prints in; every quantity the rules compare is in 万元. */
export type PrintedUnit = '万元' | '元';

/**
 * A printed amount, in 万元: blank is an exact 0 (tables print zero as blank, spec §2.12); an amount whose
 * printed places reach 0.01 万元 (2 decimals in 万元, any in 元) is exact, since every figure is a sum of
 * 2-decimal inputs; fewer places (002's `41.1`, a whole 万元) is rounded to the places shown. Undefined
 * when not a number.
 */
export function printedAmount(text: string, unit: PrintedUnit = '万元'): Quantity | undefined {
  if (text.trim() === '') return exactly(ZERO);
  return parsedAmount(parseNumber(text), unit);
}

/** `printedAmount` of a number already parsed (one parse per text: narrative amounts test for zero first). */
export function parsedAmount(n: ReturnType<typeof parseNumber>, unit: PrintedUnit): Quantity | undefined {
  if (!n) return undefined;
  const shift = unit === '元' ? 4 : 0;
  const value = shift ? n.value.div(10000) : n.value;
  const places = n.decimals + shift;
  return places >= AMOUNT_DECIMALS ? exactly(value) : roundedTo(value, places);
}

/** a ÷ b × 100 with both uncertainties: the interval of every quotient the two intervals allow (b must stay positive). */
export function percentOf(a: Quantity, b: Quantity): Quantity | undefined {
  const bLow = b.value.minus(b.radius);
  if (bLow.lte(0)) return undefined;
  const ends = [a.value.minus(a.radius), a.value.plus(a.radius)].flatMap((x) => [x.div(bLow), x.div(b.value.plus(b.radius))]);
  const low = Decimal.min(...ends).times(100);
  const high = Decimal.max(...ends).times(100);
  return { value: low.plus(high).div(2), radius: high.minus(low).div(2) };
}

/** A printed percentage (`36.40%`, `20.7%`): always rounded to the places it shows. */
export function printedRate(text: string): Quantity | undefined {
  const n = parseNumber(text);
  return n ? roundedTo(n.value, n.decimals) : undefined;
}

/** Σ of quantities: values add, and so do the radii (each rounded part may be off by its half unit). */
export function total(parts: readonly Quantity[]): Quantity {
  if (parts.length === 1) return alone(parts[0]!);
  // Most parts are blank cells (0) and exact: adding a zero changes nothing (the sum is never −0, and each sum is
  // already rounded to the precision), so only non-zero values and radii are added.
  let value = ZERO;
  let radius = ZERO;
  for (const q of parts) {
    if (!q.value.isZero()) value = value.plus(q.value);
    if (!q.radius.isZero()) radius = radius.plus(q.radius);
  }
  return { value, radius };
}

/**
 * Σ of one quantity, as the loop above gives it without making a Decimal: 0 + x is x rounded to the precision, which
 * is x itself when it has no more significant digits (every amount the rules read), and a zero is ZERO (never −0).
 */
function alone(q: Quantity): Quantity {
  const value = q.value.isZero() ? ZERO : q.value.sd() <= Decimal.precision ? q.value : ZERO.plus(q.value);
  const radius = q.radius.isZero() ? ZERO : q.radius.sd() <= Decimal.precision ? q.radius : ZERO.plus(q.radius);
  return value === q.value && radius === q.radius ? q : { value, radius };
}

/** a − b, with both uncertainties. */
export function difference(a: Quantity, b: Quantity): Quantity {
  return { value: a.value.minus(b.value), radius: add(a.radius, b.radius) };
}

/** True when the two intervals overlap: |a − b| ≤ ra + rb (exact when both radii are 0). */
export function agrees(a: Quantity, b: Quantity): boolean {
  if (a.radius.isZero() && b.radius.isZero()) return a.value.eq(b.value);
  return a.value.minus(b.value).abs().lte(a.radius.plus(b.radius));
}

/** True when `a` may be at most `b` within rounding: a − ra ≤ b + rb. */
export function atMost(a: Quantity, b: Quantity): boolean {
  // Exact figures (most) compare as they are: subtracting and adding a zero radius only rounds to the precision.
  if (a.radius.isZero() && b.radius.isZero() && a.value.sd() <= Decimal.precision && b.value.sd() <= Decimal.precision) return a.value.lte(b.value);
  return a.value.minus(a.radius).lte(b.value.plus(b.radius));
}

/** The decimal string a diagnostic's `data` carries: 2 places for amounts, more only when needed. */
export function decimalString(value: Decimal): string {
  return value.decimalPlaces() <= AMOUNT_DECIMALS ? value.toFixed(AMOUNT_DECIMALS) : value.toFixed();
}
