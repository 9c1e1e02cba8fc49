import type { ZipArchive } from '../../zip/index.js';
import { decodeXml } from '../verify/model-part.js';

/** One sheet of a workbook as text: every cell that holds something, by address (`B7` → `148.53`, a formula as `=…`). */
export interface SheetCells {
  name: string;
  cells: Map<string, string>;
}

/**
 * The cells of every sheet, read from the package's XML (not through exceljs: the file is hostile input, and
 * every part is read within the archive's unpack limits). Shared strings, inline strings, numbers, booleans,
 * errors and formulas (as `=` and the formula: yusuan never writes one) are read; styles are not.
 */
export function readSheetCells(zip: ZipArchive): SheetCells[] {
  const strings = sharedStrings(zip.text('xl/sharedStrings.xml') ?? '');
  return sheetParts(zip).map(({ name, path }) => ({ name, cells: cellsOf(zip.text(path) ?? '', strings) }));
}

function sheetParts(zip: ZipArchive): { name: string; path: string }[] {
  const rels = zip.text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1] ?? '', 'Id');
    const target = attribute(m[1] ?? '', 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: { name: string; path: string }[] = [];
  for (const m of (zip.text('xl/workbook.xml') ?? '').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(attrs)?.[1];
    const name = attribute(attrs, 'name');
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.push({ name: decodeXml(name), path });
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([^]*?)<\/(?:\w+:)?si>)/g)) out.push(textRuns(m[1] ?? ''));
  return out;
}

/** The text of an `si` or `is` element: its `t` runs, without phonetic (`rPh`) runs. */
function textRuns(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[^]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g)) text += decodeXml(m[1] ?? '');
  return text;
}

function cellsOf(xml: string, strings: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([^]*?)<\/(?:\w+:)?c>)/g)) {
    const attrs = m[1] ?? '';
    const address = attribute(attrs, 'r');
    const body = m[2] ?? '';
    if (!address || body === '') continue;
    const text = cellText(attribute(attrs, 't') ?? 'n', body, strings);
    if (text !== '') cells.set(address, text);
  }
  return cells;
}

function cellText(type: string, body: string, strings: readonly string[]): string {
  const formula = /<(?:\w+:)?f\b[^>]*>([^<]*)<\/(?:\w+:)?f>/.exec(body)?.[1];
  if (formula !== undefined) return `=${decodeXml(formula)}`;
  if (type === 'inlineStr') return textRuns(/<(?:\w+:)?is\b[^>]*>([^]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
  const value = decodeXml(/<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1] ?? '');
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}
