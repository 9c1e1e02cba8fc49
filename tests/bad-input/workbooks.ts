import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { edit, fixtureWorkbook, sheet } from '../workbook/helpers.js';
import { bombEntry, rawZip, storedEntry } from './zips.js';

/** Builders of hostile workbooks, made in the test from the fixture (no binaries are committed). */

let base: Promise<Uint8Array> | undefined;

/** The fill-in workbook `yusuan init` writes for the minimal fixture (valid: it generates without errors). */
export function validWorkbook(): Promise<Uint8Array> {
  return (base ??= fixtureWorkbook());
}

/** The fixture workbook after an exceljs edit, as an officer's Excel would save it. */
export function edited(change: (wb: ExcelJS.Workbook) => void): () => Promise<Uint8Array> {
  return async () => edit(await validWorkbook(), change);
}

/** One cell of one sheet set to `value`. */
export function cell(sheetName: string, address: string, value: ExcelJS.CellValue): () => Promise<Uint8Array> {
  return edited((wb) => void (sheet(wb, sheetName).getCell(address).value = value));
}

/** The fixture workbook with its zip entries rewritten (XML edits exceljs cannot express). */
export function repacked(change: (zip: JSZip) => Promise<void> | void): () => Promise<Uint8Array> {
  return async () => {
    const zip = await JSZip.loadAsync(await validWorkbook());
    await change(zip);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
}

/** The worksheet part that holds a sheet of a workbook's bytes. */
export async function sheetPathIn(bytes: Uint8Array, name: string): Promise<string> {
  return sheetPath(await JSZip.loadAsync(bytes), name);
}

/** The worksheet part that holds a sheet (by its name in xl/workbook.xml). */
export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** A zip bomb workbook: its 支出明细 worksheet inflates to `megabytes` MB of zeros; the directory says `declared` MB. */
export function zipBomb(megabytes: number, declared = megabytes): Uint8Array {
  const workbook = storedEntry('xl/workbook.xml', Buffer.from('<workbook xmlns:r="r"><sheets><sheet name="支出明细" sheetId="1" r:id="rId1"/></sheets></workbook>'));
  const rels = storedEntry('xl/_rels/workbook.xml.rels', Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'));
  return rawZip([workbook, rels, bombEntry('xl/worksheets/sheet1.xml', megabytes, declared)]);
}

/**
 * An "encrypted" workbook as Excel saves one with a password to open: an OLE compound file (CFB) holding
 * EncryptionInfo and EncryptedPackage streams. Only the header and directory names matter to a reader.
 */
export function encryptedWorkbook(): Uint8Array {
  const out = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3
  out.writeUInt16LE(0xfffe, 28); // little-endian
  out.writeUInt16LE(9, 30); // 512-byte sectors
  out.write('EncryptionInfo', 1024, 'utf16le');
  out.write('EncryptedPackage', 1152, 'utf16le');
  return new Uint8Array(out);
}

/** A worksheet XML with `rows` rows of one text cell (a sheet someone filled a million rows of). */
export function manyRowsSheet(rows: number): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`;
}
