import { BLANK_MARK, isBlank } from '../../model/blank.js';
import type { Decimal } from '../../model/money.js';
import type { CellInput } from './spec.js';

/**
 * A typed amount printed as entered, traced to its input path; one the officer published blank prints `—` as
 * text (right-aligned like the amounts), since it holds no amount a rule could check.
 */
export function factCell(amount: Decimal | undefined, path: string): CellInput {
  if (amount === undefined) return undefined;
  const source = { formula: '填报数据', inputs: [path] };
  return isBlank(amount) ? { text: BLANK_MARK, role: 'text', align: 'right', source } : { amount, source };
}

/** A sum of typed amounts, traced to every part it adds. */
export function factSum(amount: Decimal, formula: string, paths: readonly string[]): CellInput {
  return { amount, source: { formula, inputs: [...paths] } };
}
