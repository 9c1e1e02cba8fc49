import type { Worksheet } from 'exceljs';
import { getIn } from './json-path.js';
import type { Block, FormBlock, JsonObject, SheetSpec, TableBlock, WriteContext } from './spec.js';
import { FILLS, FONTS, columnLetter, protectSheet, styleLocked } from './styles.js';
import { validateRange, writeInputCell } from './write-cell.js';

/** Told the data rows each table occupies, so its named ranges can be defined. */
export type OnTable = (block: TableBlock, first: number, last: number) => void;

const FORM_HEADERS = ['填写项目', '填写内容（浅黄色单元格）', '说明'] as const;
const FORM_WIDTHS = [30, 46, 64] as const;

/** Lays out one declared sheet: titles, form rows, table headers, pre-filled and spare rows; then protects it. */
export async function writeSheet(ws: Worksheet, spec: SheetSpec, data: JsonObject, ctx: WriteContext, maxText: number, onTable: OnTable): Promise<void> {
  let row = 1;
  spec.blocks.forEach((block, index) => {
    if (index > 0) row += 1;
    if (block.title) row = writeTitle(ws, row, block.title);
    row = block.kind === 'form' ? writeForm(ws, row, block, data, maxText) : writeTable(ws, row, block, data, ctx, maxText, onTable);
  });
  setWidths(ws, spec.blocks);
  const only = spec.blocks[0];
  if (spec.blocks.length === 1 && only && !only.title) ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  await protectSheet(ws);
}

function writeTitle(ws: Worksheet, row: number, title: string): number {
  styleLocked(ws.getCell(row, 1), FILLS.title, FONTS.title, false);
  ws.getCell(row, 1).value = title;
  return row + 1;
}

function writeForm(ws: Worksheet, start: number, block: FormBlock, data: JsonObject, maxText: number): number {
  FORM_HEADERS.forEach((text, i) => {
    styleLocked(ws.getCell(start, i + 1), FILLS.header, FONTS.header);
    ws.getCell(start, i + 1).value = text;
  });
  block.fields.forEach((field, i) => {
    const row = start + 1 + i;
    styleLocked(ws.getCell(row, 1), FILLS.label, field.required ? FONTS.required : FONTS.base);
    ws.getCell(row, 1).value = field.label;
    writeInputCell(ws.getCell(row, 2), field, getIn(data, field.path));
    validateRange(ws, `B${row}:B${row}`, field, maxText);
    styleLocked(ws.getCell(row, 3), FILLS.display, FONTS.display);
    ws.getCell(row, 3).value = [field.required ? '必填。' : '', field.hint ?? ''].join('') || null;
  });
  return start + 1 + block.fields.length;
}

function writeTable(
  ws: Worksheet,
  start: number,
  block: TableBlock,
  data: JsonObject,
  ctx: WriteContext,
  maxText: number,
  onTable: OnTable,
): number {
  block.columns.forEach((column, i) => {
    const cell = ws.getCell(start, i + 1);
    const required = column.display !== true && column.required;
    styleLocked(cell, column.display ? FILLS.display : FILLS.header, required ? FONTS.required : FONTS.header);
    cell.value = column.label;
  });
  ws.getRow(start).height = headerHeight(block);
  const records = block.rows(data, ctx);
  const count = records.length + (block.fixed ? 0 : block.spare);
  for (let i = 0; i < count; i++) writeRow(ws, start + 1 + i, block, records[i] ?? {}, ctx);
  block.columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    if (column.display !== true && !column.locked && count > 0) validateRange(ws, `${letter}${start + 1}:${letter}${start + count}`, column, maxText);
  });
  onTable(block, start + 1, start + Math.max(count, 1));
  return start + 1 + count;
}

function writeRow(ws: Worksheet, row: number, block: TableBlock, record: Record<string, unknown>, ctx: WriteContext): void {
  const addresses: Record<string, string> = {};
  block.columns.forEach((column, i) => {
    if (column.display !== true) addresses[column.key] = `${columnLetter(i + 1)}${row}`;
  });
  block.columns.forEach((column, i) => {
    const cell = ws.getCell(row, i + 1);
    if (column.display === true) {
      styleLocked(cell, FILLS.display, FONTS.display);
      const result = Object.keys(record).length ? column.result(record, ctx) : '';
      cell.value = column.formula ? { formula: column.formula(row, addresses), result } : result;
    } else if (column.locked) {
      styleLocked(cell, FILLS.label, FONTS.base);
      cell.value = record[column.key] === undefined ? null : String(record[column.key]);
    } else {
      writeInputCell(cell, column, record[column.key]);
    }
  });
}

/** Tall enough for the longest header to wrap inside its column (a CJK character is two width units). */
function headerHeight(block: TableBlock): number {
  const lines = Math.max(...block.columns.map((c) => Math.ceil((c.label.length * 2 + 2) / (c.width ?? 16))));
  return Math.max(1, lines) * 15 + 4;
}

function setWidths(ws: Worksheet, blocks: readonly Block[]): void {
  const widths: number[] = [];
  for (const block of blocks) {
    const list = block.kind === 'form' ? [...FORM_WIDTHS] : block.columns.map((c) => c.width ?? 16);
    list.forEach((w, i) => (widths[i] = Math.max(widths[i] ?? 0, w)));
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
