import type { InputLimits } from './limits.js';
import type { ReadResult } from './source.js';
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
  const ctx = readWorkbook(guarded.workbook, limits.maxTextLength);
  if (ctx.fatal) return { diagnostics: ctx.diagnostics };
  const cells = ctx.cells;
  return {
    source: { name, format: 'xlsx', data: ctx.data, locate: (path) => cells.locate(path), reported: ctx.reported },
    diagnostics: ctx.diagnostics,
  };
}
