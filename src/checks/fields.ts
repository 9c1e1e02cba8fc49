import { formatPath, type Location } from '../model/diagnostic.js';
import type { InputContext } from './rule.js';

/**
 * How a message names an input field (issue 15: the officer's own words): the column header or form label
 * of the cell it was read from (`“功能科目名称（代码表没有时填写）”`), else its JSON key (`funcName`). Never
 * an internal name when the input is the workbook.
 */
export function fieldName(at: Location, key: string): string {
  return at.kind === 'cell' && at.label ? `“${at.label}”` : key;
}

/** The field at `path` as the message names it: its workbook header, else `jsonName` (default: the path, `prior.operatingFunds`). */
export function fieldAt(ctx: Pick<InputContext, 'at'>, path: readonly (string | number)[], jsonName = formatPath(path)): string {
  return fieldName(ctx.at(path), jsonName);
}

/** True when the input was read from the workbook (locations are cells). */
export function fromWorkbook(ctx: Pick<InputContext, 'at'>): boolean {
  return ctx.at(['year']).kind === 'cell';
}
