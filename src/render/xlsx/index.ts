import type { BudgetDocument, GridTable } from '../../document/model.js';
import { InternalError } from '../../model/diagnostic.js';
import { utf8Chunks } from '../../xml/text.js';
import { writeZip, type ZipSource } from '../../zip/index.js';
import { AMOUNT_FORMAT } from './cells.js';
import { FIXED_DATE, modelEntries } from './deterministic.js';
import { ROOT_RELS, appXml, contentTypesXml, coreXml, sheetPath, workbookRelsXml, workbookXml } from './package.js';
import { planSheet, type SheetPlan } from './sheet.js';
import { SharedStrings } from './strings.js';
import { StyleTable } from './styles.js';
import { documentTables, sheetNames } from './tables.js';
import { worksheetXml } from './worksheet.js';

export { gridTopOf, unitColumns } from './sheet.js';
export { documentTables } from './tables.js';

/**
 * Writes the tables as one workbook, one sheet per table named by its 表号 (`预算01表` …), as SpreadsheetML
 * written directly and zipped once. Same input, same bytes: the workbook's dates are `created` (the input's
 * publication date) or left out, and every entry is stamped `created` or a fixed date. A whole document also
 * travels inside (its model part) for `yusuan verify`.
 */
export async function renderXlsx(input: GridTable[] | BudgetDocument, options: { created?: Date } = {}): Promise<Buffer> {
  const tables = Array.isArray(input) ? input : documentTables(input);
  const names = sheetNames(tables);
  const plans = tables.map((table, i) => planSheet(table, names[i] ?? table.label));
  const doc = Array.isArray(input) ? undefined : input;
  const encoder = new TextEncoder();
  const text = (name: string, xml: string): ZipSource => ({ name, data: encoder.encode(xml) });
  const entries: ZipSource[] = [
    text('[Content_Types].xml', contentTypesXml(plans.length, doc !== undefined)),
    text('_rels/.rels', ROOT_RELS),
    text('docProps/app.xml', appXml(names)),
    text('docProps/core.xml', coreXml(options.created)),
    text('xl/workbook.xml', workbookXml(plans)),
    text('xl/_rels/workbook.xml.rels', workbookRelsXml(plans.length, doc !== undefined)),
    ...partsAfterSheets(plans),
    ...(doc ? modelEntries(doc) : []),
  ];
  return writeZip(entries, options.created ?? FIXED_DATE);
}

/**
 * The sheets, then the shared strings and styles they used. Each part is produced while the zip writer reads it,
 * entry after entry, so a large sheet is never held whole; the strings and styles parts come last because the
 * sheets fill them, and refuse to be written before every sheet is.
 */
function partsAfterSheets(plans: readonly SheetPlan[]): ZipSource[] {
  const strings = new SharedStrings();
  const styles = new StyleTable(AMOUNT_FORMAT);
  let written = 0;
  const sheet = function* (plan: SheetPlan): Generator<Uint8Array> {
    yield* utf8Chunks(worksheetXml(plan, { strings, styles }));
    written++;
  };
  const afterSheets = function* (part: () => Iterable<string>): Generator<Uint8Array> {
    if (written !== plans.length) throw new InternalError(`工作簿的共享字符串和样式须在 ${plans.length} 个工作表之后写出`);
    yield* utf8Chunks(part());
  };
  return [
    ...plans.map((plan, i) => ({ name: sheetPath(i + 1), data: { [Symbol.iterator]: () => sheet(plan) } })),
    { name: 'xl/sharedStrings.xml', data: { [Symbol.iterator]: () => afterSheets(() => strings.xml()) } },
    { name: 'xl/styles.xml', data: { [Symbol.iterator]: () => afterSheets(() => [styles.xml()]) } },
  ];
}
