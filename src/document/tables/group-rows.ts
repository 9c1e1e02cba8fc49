import type { BodyRow, CellInput, TableContext } from './spec.js';
import { flagOption } from './spec.js';

/**
 * The 部门 group row of a 单位 document (variations.md §18: a county prints its 部门 code and name above the
 * unit's own rows): with option `departmentGroupRow`, in 单位 scope, when the input names the 部门. It carries
 * the same amounts as the unit's group row below it, since the document holds that unit alone.
 */
export function departmentGroupRows(ctx: TableContext, codeColumn: string, nameColumn: string, amounts: Readonly<Record<string, CellInput>>): BodyRow[] {
  const { parentCode, parentName } = ctx.input.department;
  if (!flagOption(ctx, 'departmentGroupRow', false) || ctx.scopeWord !== '单位' || parentCode === undefined) return [];
  return [{ key: 'parent-department', cells: { ...amounts, [codeColumn]: parentCode, [nameColumn]: parentName ?? '' } }];
}
