import { Decimal, ZERO } from '../model/money.js';

/**
 * An exact running sum that allocates nothing per amount: whole cents in a JS number while every amount has at most
 * 2 decimals (every input amount does, spec §2.12) and the sum stays a safe integer, so every step is exact; from
 * the first amount that is not, decimal.js. The breakdowns add four or five amounts per line item into several
 * sums each, and `Decimal.plus` allocated a new number every time.
 */
export class Tally {
  private cents = 0;
  private exact: Decimal | undefined;

  add(amount: Decimal): void {
    if (this.exact === undefined) {
      const cents = centsOf(amount);
      if (cents !== undefined && Math.abs(this.cents) + Math.abs(cents) <= Number.MAX_SAFE_INTEGER) {
        this.cents += cents;
        return;
      }
      this.exact = this.value();
    }
    this.exact = this.exact.plus(amount);
  }

  /** The sum: exactly what adding the amounts with decimal.js gives (0 when nothing was added). */
  value(): Decimal {
    if (this.exact !== undefined) return this.exact;
    return this.cents === 0 ? ZERO : new Decimal(this.cents).div(100);
  }
}

/** An amount in whole cents, or undefined when it has more than 2 decimals or is too large; worked out once per amount. */
function centsOf(amount: Decimal): number | undefined {
  let cents = centsByAmount.get(amount);
  if (cents === undefined) {
    const scaled = amount.times(100);
    cents = scaled.isInteger() && scaled.abs().lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : null;
    centsByAmount.set(amount, cents);
  }
  return cents ?? undefined;
}

const centsByAmount = new WeakMap<Decimal, number | null>();
