import { Workbook } from '../../model/excel-workbook.js';
import type { BudgetDocument, GridTable } from '../../document/model.js';
import { FIXED_DATE, STORE_ONLY, rezipDeterministic } from './deterministic.js';
import { writeTableSheet } from './sheet.js';

export { gridTopOf, writeTableSheet } from './sheet.js';

/** The tables of a document, in order (the 附件 part). */
export function documentTables(document: BudgetDocument): GridTable[] {
  return document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])));
}

/**
 * Writes the tables as one workbook, one sheet per table named by its 表号 (`预算01表` …). Same input,
 * same bytes: fixed workbook dates and a re-zip with fixed entry dates.
 */
export async function renderXlsx(input: GridTable[] | BudgetDocument): Promise<Buffer> {
  const tables = Array.isArray(input) ? input : documentTables(input);
  const workbook = new Workbook();
  workbook.creator = 'yusuan';
  workbook.lastModifiedBy = 'yusuan';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const used = new Set<string>();
  for (const table of tables) writeTableSheet(workbook, table, sheetName(table.label, used));
  const written = await workbook.xlsx.writeBuffer(STORE_ONLY);
  return rezipDeterministic(new Uint8Array(written));
}

/** A sheet name Excel accepts (≤ 31 characters, none of `[]:*?/\`), unique in the workbook. */
function sheetName(label: string, used: Set<string>): string {
  const base = label.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '表';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}
