import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { edit, fixtureWorkbook, sheet } from '../workbook/helpers.js';

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

/** The worksheet part that holds a sheet (by its name in xl/workbook.xml). */
export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * A zip bomb: a tiny file whose one entry inflates to `megabytes` MB of zeros. Built from one compressed
 * megabyte repeated (sync-flushed deflate blocks concatenate), so the test never holds the bomb itself.
 */
export function zipBomb(megabytes: number, declared = megabytes): Uint8Array {
  const mb = Buffer.alloc(1 << 20);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return storedZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0, crc: crc32(Buffer.from('<workbook/>')), size: 11 }, { name: 'xl/worksheets/sheet1.xml', data, method: 8, crc, size: declared * (1 << 20) }]);
}

interface RawEntry {
  name: string;
  data: Buffer;
  method: number;
  crc: number;
  size: number;
}

/** A zip from raw entries (the declared sizes are whatever the entry says: a hostile file may lie). */
function storedZip(entries: RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
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
