import type { ReadBook, ReadSheet } from './light-workbook.js';
import { ReadContext, STRUCTURE_RULE } from './read-context.js';
import { readSheet } from './read-sheet.js';
import { normalizeLabel } from './sheet-text.js';
import { DATA_SHEETS } from './sheets/index.js';

/** Reads every declared sheet into JSON-shaped data, recording where each value came from. */
export function readWorkbook(wb: ReadBook, maxText: number): ReadContext {
  const ctx = new ReadContext(maxText);
  for (const spec of DATA_SHEETS) {
    const ws = findSheet(wb, spec.name);
    if (ws) readSheet(ws, spec, ctx);
    else {
      ctx.report(STRUCTURE_RULE, spec.name, 'A1', `缺少工作表“${spec.name}”（可能被删除或改名）：请使用 yusuan init 生成的填报表，并保持各工作表的名称不变`, {
        fatal: true,
      });
    }
  }
  return ctx;
}

/** A sheet by its declared name; stray spaces or full-width forms in a tab name are forgiven. */
function findSheet(wb: ReadBook, name: string): ReadSheet | undefined {
  const exact = wb.getWorksheet(name);
  if (exact) return exact;
  const wanted = normalizeLabel(name);
  return wb.worksheets.find((ws) => normalizeLabel(ws.name) === wanted);
}
