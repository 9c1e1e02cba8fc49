import { exactAmount, formatAmountAs, groupThousands, inUnit, type AmountFormat, type Decimal } from '../../model/money.js';
import type { StyleOptions } from './options.js';

/** How a table's amount cells print: its amount format and what a zero amount shows (variations.md §5, §7). */
export interface CellDisplay {
  amount: AmountFormat;
  zeroDisplay: StyleOptions['zeroDisplay'];
}

/** The Luoyang display: 万元, 2 decimals, zero blank (spec §2.12). */
export const DEFAULT_CELL_DISPLAY: CellDisplay = { amount: { unit: '万元', decimals: 2, thousands: false }, zeroDisplay: 'blank' };

/** The cell display of a table's style. */
export function cellDisplay(style: StyleOptions): CellDisplay {
  return { amount: { unit: style.tableAmountUnit, decimals: style.tableAmountDecimals, thousands: style.tableThousands }, zeroDisplay: style.zeroDisplay };
}

/** A printed amount cell: its text and its exact value in the printed unit (what validators and writers read). */
export interface PrintedAmount {
  text: string;
  value: string;
}

/**
 * Prints an amount cell, or undefined for a blank one. A zero follows the table's zero display; a cell
 * that asks `showZero` (the 01表 年终结转结余 exception) prints the zero in the amount format where the
 * display would leave it blank.
 */
export function printCellAmount(amount: Decimal, showZero: boolean, display: CellDisplay): PrintedAmount | undefined {
  if (amount.isZero()) {
    const zero = display.zeroDisplay === 'blank' && showZero ? '0.00' : display.zeroDisplay;
    if (zero === 'blank') return undefined;
    const value = exactAmount(amount, display.amount);
    return { text: zero === '0.00' ? formatAmountAs(amount, display.amount) : zero, value };
  }
  const { decimals, thousands } = display.amount;
  const exact = inUnit(amount, display.amount.unit);
  const places = exact.decimalPlaces();
  if (places > decimals) return { text: formatAmountAs(amount, display.amount), value: exact.toFixed() };
  // No rounding to do: the exact digits padded with zeros are both the text and the value (what toFixed(decimals) prints).
  const plain = exact.toFixed();
  const value = places === decimals ? plain : `${plain}${places === 0 ? '.' : ''}${'0'.repeat(decimals - places)}`;
  return { text: thousands ? groupThousands(value) : value, value };
}
