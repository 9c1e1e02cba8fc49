import type { ReadSheet } from './light-workbook.js';
import { convertCell } from './convert.js';
import { getIn, isObject, setIn } from './json-path.js';
import { CELL_RULE, STRUCTURE_RULE, type ReadContext } from './read-context.js';
import { rawOf } from './raw-cell.js';
import { readTable } from './read-table.js';
import { cellText, mergeMasters, normalizeLabel } from './sheet-text.js';
import type { Block, FormBlock, SheetSpec } from './spec.js';

/** Reads one declared sheet into the shared context: finds each block, then its labels or headers, then values. */
export function readSheet(ws: ReadSheet, spec: SheetSpec, ctx: ReadContext): void {
  const last = Math.max(ws.rowCount, 1);
  const ranges = blockRanges(ws, spec, last, ctx);
  if (!ranges) return;
  const merges = mergeMasters(ws);
  spec.blocks.forEach((block, i) => {
    const range = ranges[i];
    if (!range) return;
    if (block.kind === 'form') readForm(ws, spec.name, block, range, merges, ctx);
    else readTable(ws, spec.name, block, range, merges, ctx);
  });
}

/** Each block's rows: from its title (column A) to the next title, or the whole sheet for one untitled block. */
function blockRanges(ws: ReadSheet, spec: SheetSpec, last: number, ctx: ReadContext): { start: number; end: number }[] | undefined {
  const titles = new Map<string, number>();
  const wanted = new Set(spec.blocks.flatMap((b) => (b.title ? [normalizeLabel(b.title)] : [])));
  for (let row = 1; row <= last && titles.size < wanted.size; row++) {
    const text = normalizeLabel(cellText(ws.findCell(row, 1)));
    if (wanted.has(text) && !titles.has(text)) titles.set(text, row);
  }
  const starts = spec.blocks.map((b: Block) => (b.title ? titles.get(normalizeLabel(b.title)) : 0));
  const missing = spec.blocks.filter((b, i) => b.title && starts[i] === undefined);
  for (const block of missing) {
    ctx.report(STRUCTURE_RULE, spec.name, 'A1', `找不到“${block.title}”一节（A列的标题可能被改动或删除）：请保持填报表原有结构`, { fatal: true });
  }
  if (missing.length) return undefined;
  const found = starts.map((s) => s ?? 0);
  return found.map((start) => {
    const later = found.filter((s) => s > start);
    return { start: start + 1, end: later.length ? Math.min(...later) - 1 : last };
  });
}

function readForm(
  ws: ReadSheet,
  sheet: string,
  block: FormBlock,
  range: { start: number; end: number },
  merges: ReadonlyMap<string, string>,
  ctx: ReadContext,
): void {
  const rows = new Map<string, number>();
  for (let row = range.start; row <= range.end; row++) {
    const label = normalizeLabel(cellText(ws.findCell(row, 1)));
    if (label && !rows.has(label)) rows.set(label, row);
  }
  for (const path of block.ensure ?? []) if (!isObject(getIn(ctx.data, path))) setIn(ctx.data, path, {});
  for (const field of block.fields) {
    const row = rows.get(normalizeLabel(field.label));
    if (row === undefined && field.addedLater) continue;
    if (row === undefined) {
      ctx.report(STRUCTURE_RULE, sheet, `A${range.start}`, `找不到“${field.label}”一行（A列的文字可能被改动，或整行被删除）`, { fatal: true });
      continue;
    }
    const address = `B${row}`;
    const cell = ws.getCell(address);
    for (let n = 1; n < field.path.length; n++) ctx.at(sheet, field.path.slice(0, n), address, true);
    if (cell.isMerged && cell.master.address !== address) {
      ctx.report(STRUCTURE_RULE, sheet, address, `${field.label}所在的单元格被合并进了 ${merges.get(cell.master.address) ?? cell.master.address}：请取消合并后填写`);
    } else {
      const converted = convertCell(rawOf(cell.value, cell.numFmt), field, ctx.maxText);
      if (converted.error) ctx.report(CELL_RULE, sheet, address, converted.error);
      if (converted.warning) ctx.report(CELL_RULE, sheet, address, converted.warning, { warning: true });
      if (converted.value !== undefined) setIn(ctx.data, field.path, converted.value);
    }
    ctx.at(sheet, field.path, address);
  }
}
