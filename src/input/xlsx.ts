import { Workbook } from '../model/excel-workbook.js';
import { InternalError } from '../model/diagnostic.js';
import type { InputLimits } from './limits.js';
import { fileError, type ReadResult } from './source.js';
import { STRUCTURE_RULE } from './workbook/read-context.js';
import { readWorkbook } from './workbook/read-workbook.js';
import { guardWorkbook } from './workbook/zip-guard.js';

/**
 * Reads the fill-in workbook: hostile-file checks first, then each declared sheet into the schema's JSON shape.
 * `locate` maps a schema path to `sheet!cell` (a value's cell, else its row, list or sheet). Formulas are never
 * evaluated; their cached results are read. Structural problems (S06) stop here; cell problems (S08) are reported
 * and validation goes on, skipping the schema's own complaint about a cell already reported.
 */
export async function readXlsx(bytes: Uint8Array, name: string, limits: InputLimits): Promise<ReadResult> {
  const guarded = await guardWorkbook(bytes, name, limits);
  if (!guarded.ok) return { diagnostics: guarded.diagnostics };
  const wb = new Workbook();
  try {
    await wb.xlsx.load(guarded.bytes);
  } catch (error) {
    if (error instanceof InternalError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [fileError(STRUCTURE_RULE, name, `无法读取工作簿（${detail.slice(0, 120)}）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试`)] };
  }
  const ctx = readWorkbook(wb, limits.maxTextLength);
  if (ctx.fatal) return { diagnostics: ctx.diagnostics };
  const cells = ctx.cells;
  return {
    source: { name, format: 'xlsx', data: ctx.data, locate: (path) => cells.locate(path), reported: ctx.reported },
    diagnostics: ctx.diagnostics,
  };
}
