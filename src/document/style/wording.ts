import type { Change } from '../../compute/changes.js';
import { InternalError } from '../../model/diagnostic.js';
import { Decimal, formatMoney, formatPercentNumber, inUnit, printsAsZero } from '../../model/money.js';
import { markSlot } from '../narrative/slots.js';
import type { NarrativeStyle } from './narrative.js';

/** Narrative number printing and change wording in one house style; every printed figure is a slot. */
export interface Wording {
  /** The unit word printed after an amount: `万元` or `元`. */
  unit: string;
  /** `保持一致`, `持平`, …: what a flat change is called. */
  flatWording: string;
  money(value: Decimal, key?: string): string;
  /** A share `占X%`, at the share precision. */
  share(value: Decimal, key?: string): string;
  /** Δ = 0 as printed: a change whose |Δ| rounds to 0 in the amount format is worded as no change. */
  isFlat(c: Change): boolean;
  /** `增加` / `减少`; refuses a flat change, so `增加0万元` cannot be printed. */
  verb(c: Change): string;
  /** `增长3.17%`, `下降100.00%`, the zero-base text, or ''. */
  grow(c: Change, key?: string): string;
  /** `增加103.82万元，增长3.17%`; the flat wording when Δ = 0. */
  change(c: Change, key?: string): string;
  /** `比2021年增加…万元` / `与2021年保持一致` (`cmp2`: `与2022年相比保持一致`) (spec §2.0 CMP, CMP2). */
  compare(c: Change, year: number, yearKey: string | undefined, key: string | undefined, variant: 'cmp' | 'cmp2'): string;
}

/** The wording of one style, zero style and core percent precision. */
export function wording(style: NarrativeStyle, zeroStyle: '0' | '0.00', percentDecimals: number): Wording {
  const unit = style.amount.unit;
  const sub = (key: string | undefined, field: string) => (key === undefined ? undefined : `${key}.${field}`);
  const money = (value: Decimal, key?: string) => markSlot(key, inUnit(value, unit).toFixed(), formatMoney(value, zeroStyle, style.amount));
  const percent = (value: Decimal, decimals: number, key?: string) => markSlot(key, value.toFixed(), `${formatPercentNumber(value, decimals)}%`);
  const isFlat = (c: Change) => c.direction === 'flat' || printsAsZero(c.delta, style.amount);
  const pick = (c: Change, pair: { up: string; down: string }) => (c.direction === 'up' ? pair.up : pair.down);
  const verb = (c: Change) => {
    if (isFlat(c)) throw new InternalError('模板错误：变动为0时不能使用“增加/减少”措辞，应先用 flat 判断');
    return pick(c, style.amountVerbs);
  };
  const grow = (c: Change, key?: string) => {
    if (isFlat(c)) return '';
    if (c.prior.isZero()) return style.zeroBaseText;
    if ((c.current.isZero() && !style.rateToZero) || c.growth === null) return '';
    return `${pick(c, style.rateVerbs)}${percent(c.growth, style.growthPercentDecimals ?? percentDecimals, sub(key, 'growth'))}`;
  };
  const delta = (c: Change, key: string | undefined, withGrowth: boolean) => {
    const growth = withGrowth ? grow(c, key) : '';
    return `${verb(c)}${money(c.delta.abs(), sub(key, 'delta'))}${unit}${growth ? `，${growth}` : ''}`;
  };
  return {
    unit,
    flatWording: style.flatWording,
    money,
    share: (value, key) => percent(value, style.sharePercentDecimals ?? percentDecimals, key),
    isFlat,
    verb,
    grow,
    change: (c, key) => (isFlat(c) ? style.flatWording : delta(c, key, true)),
    compare(c, year, yearKey, key, variant) {
      const yearText = markSlot(yearKey, String(year), String(year));
      const fill = (phrase: string) => phrase.replaceAll('{priorYear}', yearText);
      const prior = style.namePrior ? `${money(c.prior, sub(key, 'prior'))}${unit}` : '';
      if (!isFlat(c)) return `${fill(style.comparePhrase)}${prior}${delta(c, key, style.compareGrowth)}`;
      const flatPhrase = fill(style.compareFlatPhrase);
      const together = variant === 'cmp2' && flatPhrase.startsWith('与') ? '相比' : '';
      return `${flatPhrase}${prior}${together}${style.flatWording}`;
    },
  };
}
