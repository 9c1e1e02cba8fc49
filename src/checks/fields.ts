import { formatPath } from '../model/diagnostic.js';
import { DATA_SHEETS } from '../input/workbook/sheets/index.js';
import type { InputContext } from './rule.js';

/**
 * The workbook's own label of a schema field (issue 15: the officer reads the sheet's Chinese column header,
 * never `funcName`): the header of the table column or the form row the field is read from, found in the
 * sheet declarations (src/input/workbook/sheets) by the path without its indexes.
 */
export function workbookLabel(path: readonly (string | number)[]): string | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const joined = keys.join('.');
  for (const sheet of DATA_SHEETS)
    for (const block of sheet.blocks) {
      if (block.kind === 'form') {
        const field = block.fields.find((f) => f.path.join('.') === joined);
        if (field) return field.label;
      } else if (block.path.join('.') === keys.slice(0, -1).join('.')) {
        const column = block.columns.find((c) => c.display !== true && c.key === keys.at(-1));
        if (column) return column.label;
      }
    }
  return undefined;
}

/**
 * How a message names an input field: in a workbook (locations are cells), the sheet's header in quotes
 * (`“功能科目名称（代码表没有时填写）”`); in JSON, `jsonName` (default: the path, `prior.operatingFunds`).
 */
export function fieldAt(ctx: Pick<InputContext, 'at'>, path: readonly (string | number)[], jsonName = formatPath(path)): string {
  if (ctx.at(path).kind !== 'cell') return jsonName;
  const label = workbookLabel(path);
  return label ? `“${label}”` : jsonName;
}
