import { Workbook } from '../../model/excel-workbook.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { CODE_SHEET, defineName, writeCodeSheet, type CodeTables } from './sheets/codes.js';
import { DATA_SHEETS } from './sheets/index.js';
import { writeInstructions } from './sheets/instructions.js';
import type { JsonObject, WriteContext } from './spec.js';
import { columnLetter } from './styles.js';
import { writeSheet } from './write-sheet.js';

export type { CodeTables } from './sheets/codes.js';

/** What the fill-in workbook is written from: JSON-shaped data (blank template: just year and scope) and the code lists. */
export interface WorkbookOptions {
  codes: CodeTables;
  /** Lines put at the top of 填表说明 (e.g. where a pre-filled workbook came from). */
  notes?: readonly string[];
  maxTextLength?: number;
  /** The profile's 投入管理 rows (names and default values); the built-in list otherwise. */
  inputIndicators?: readonly { level2: string; name: string; value: string }[];
}

/** Writes the fill-in workbook: 填表说明, the data sheets (pre-filled from `data`), and the hidden 代码表. */
export async function writeWorkbook(data: JsonObject, options: WorkbookOptions): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'yusuan';
  wb.calcProperties.fullCalcOnLoad = true;
  const ctx: WriteContext = { ...writeContext(data, options.codes), ...(options.inputIndicators ? { inputIndicators: options.inputIndicators } : {}) };
  const maxText = options.maxTextLength ?? DEFAULT_LIMITS.maxTextLength;
  await writeInstructions(wb, DATA_SHEETS, options.notes ?? []);
  for (const spec of DATA_SHEETS) {
    const ws = wb.addWorksheet(spec.name);
    await writeSheet(ws, spec, data, ctx, maxText, (block, first, last) => {
      const inputs = block.columns.filter((c) => c.display !== true).length;
      if (block.names?.list) defineName(wb, block.names.list, `'${spec.name}'!$A$${first}:$A$${last}`);
      if (block.names?.table) defineName(wb, block.names.table, `'${spec.name}'!$A$${first}:$${columnLetter(inputs)}$${last}`);
    });
  }
  await writeCodeSheet(wb, options.codes);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeContext(data: JsonObject, codes: CodeTables): WriteContext {
  return {
    data,
    funcName: (code) => codes.functional.get(code),
    econName: (code) => codes.deptEconomic.get(code),
    govEconName: (code) => codes.govEconomic.get(code),
    defaultGovEcon: (type, econ) => (type === '事业' ? codes.crosswalk.事业 : codes.crosswalk.行政).get(econ),
  };
}

export { CODE_SHEET };
