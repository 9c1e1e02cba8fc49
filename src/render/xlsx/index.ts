import { Workbook } from '../../model/excel-workbook.js';
import type { BudgetDocument, GridTable } from '../../document/model.js';
import { FIXED_DATE, STORE_ONLY, rezipDeterministic } from './deterministic.js';
import { writeTableSheet } from './sheet.js';
import { documentTables, sheetNames } from './tables.js';

export { gridTopOf, writeTableSheet } from './sheet.js';
export { documentTables } from './tables.js';

/**
 * Writes the tables as one workbook, one sheet per table named by its 表号 (`预算01表` …). Same input,
 * same bytes: the workbook's dates are `created` (the input's publication date) or left out, and entries are
 * re-zipped with a fixed date. A whole document also travels inside
 * (its model part) for `yusuan verify`.
 */
export async function renderXlsx(input: GridTable[] | BudgetDocument, options: { created?: Date } = {}): Promise<Buffer> {
  const tables = Array.isArray(input) ? input : documentTables(input);
  const workbook = new Workbook();
  workbook.creator = 'yusuan';
  workbook.lastModifiedBy = 'yusuan';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const names = sheetNames(tables);
  tables.forEach((table, i) => writeTableSheet(workbook, table, names[i] ?? table.label));
  const written = await workbook.xlsx.writeBuffer(STORE_ONLY);
  return rezipDeterministic(new Uint8Array(written), Array.isArray(input) ? undefined : input, options.created);
}
