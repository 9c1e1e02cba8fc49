import type { Workbook, Worksheet } from 'exceljs';
import { FUND_SOURCES } from '../../../model/schema.js';
import { FILLS, FONTS, columnLetter, protectSheet, styleLocked } from '../styles.js';
import { NAMES } from './choices.js';

/** The code lists the workbook offers (spec §6); the CLI passes compute/codes.ts's lists for the year. */
export interface CodeTables {
  functional: ReadonlyMap<string, string>;
  deptEconomic: ReadonlyMap<string, string>;
  govEconomic: ReadonlyMap<string, string>;
  crosswalk: { 行政: ReadonlyMap<string, string>; 事业: ReadonlyMap<string, string> };
}

export const CODE_SHEET = '代码表';

/** 代码表 (hidden, never read): the lists behind the long dropdowns and the name lookups, as named ranges. */
export async function writeCodeSheet(wb: Workbook, codes: CodeTables): Promise<void> {
  const ws = wb.addWorksheet(CODE_SHEET, { state: 'hidden' });
  const pairs = (map: ReadonlyMap<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const econCodes = [...new Set([...codes.crosswalk.行政.keys(), ...codes.crosswalk.事业.keys()])].sort();
  const crosswalk = econCodes.map((c) => [c, codes.crosswalk.行政.get(c) ?? '', codes.crosswalk.事业.get(c) ?? '']);
  writeColumns(wb, ws, 1, ['功能科目编码', '功能科目名称'], pairs(codes.functional), NAMES.funcCodes, NAMES.funcTable);
  writeColumns(wb, ws, 4, ['经济科目编码', '经济科目名称'], pairs(codes.deptEconomic), NAMES.econCodes, NAMES.econTable);
  writeColumns(wb, ws, 7, ['政府经济编码', '政府经济科目名称'], pairs(codes.govEconomic), NAMES.govEconCodes, NAMES.govEconTable);
  writeColumns(wb, ws, 10, ['经济科目编码', '行政单位默认政府经济', '事业单位默认政府经济'], crosswalk, undefined, NAMES.crosswalk);
  writeColumns(wb, ws, 14, ['资金来源'], FUND_SOURCES.map((s) => [s]), NAMES.fundSources, undefined);
  await protectSheet(ws);
}

function writeColumns(
  wb: Workbook,
  ws: Worksheet,
  first: number,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  listName: string | undefined,
  tableName: string | undefined,
): void {
  headers.forEach((header, i) => {
    styleLocked(ws.getCell(1, first + i), FILLS.header, FONTS.header, false);
    ws.getCell(1, first + i).value = header;
    ws.getColumn(first + i).width = i === 0 ? 14 : 36;
  });
  rows.forEach((row, r) => row.forEach((value, i) => (ws.getCell(r + 2, first + i).value = value)));
  const last = Math.max(rows.length + 1, 2);
  const from = columnLetter(first);
  const to = columnLetter(first + headers.length - 1);
  if (listName) defineName(wb, listName, `'${ws.name}'!$${from}$2:$${from}$${last}`);
  if (tableName) defineName(wb, tableName, `'${ws.name}'!$${from}$2:$${to}$${last}`);
}

/** Defines a workbook-level name over a range (exceljs keeps names per cell and merges them into ranges). */
export function defineName(wb: Workbook, name: string, range: string): void {
  wb.definedNames.add(range, name);
}
