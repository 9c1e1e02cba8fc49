import { readZip, writeZip, type ZipSource } from '../../src/zip/index.js';
import { sheetPathIn } from './workbooks.js';

/**
 * Workbooks within every size limit that used to cost minutes and gigabytes (issue 15 item 17): built from the
 * fixture workbook with one part replaced by XML produced in chunks, so the test itself never holds it whole.
 */

const encoder = new TextEncoder();
const DATE = new Date(Date.UTC(2024, 0, 1));

/** The fixture workbook with part `name` replaced by `chunks(original)`. */
function replacing(base: Uint8Array, name: string, chunks: (original: string) => Iterable<Uint8Array>): Uint8Array {
  const entries: ZipSource[] = readZip(base).map((e) => (e.name === name ? { name, data: chunks(new TextDecoder().decode(e.data)) } : e));
  return writeZip(entries, DATE);
}

/** `rows` extra rows of `columns` numbers each, from column `first` (1-based), appended to 支出明细 below its table. */
export async function extraCells(base: Uint8Array, rows: number, columns: number, first: number): Promise<Uint8Array> {
  const path = await sheetPathIn(base, '支出明细');
  return replacing(base, path, function* (xml) {
    const end = xml.indexOf('</sheetData>');
    const last = Math.max(...[...xml.slice(0, end).matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    yield encoder.encode(xml.slice(0, end));
    for (let r = 1; r <= rows; r += 1000) {
      let batch = '';
      for (let k = r; k < r + 1000 && k <= rows; k++) {
        batch += `<row r="${last + k}"><c r="${column(first)}${last + k}"><v>${k % 997}</v></c>`;
        for (let c = 1; c < columns; c++) batch += `<c><v>${(k * 31 + c * 7) % 9973}</v></c>`;
        batch += '</row>';
      }
      yield encoder.encode(batch);
    }
    yield encoder.encode(xml.slice(end));
  });
}

/** One more shared string, used by no cell, of `megabytes` MB of text that packs about 30× (a lone letter every 40). */
export function unusedSharedString(base: Uint8Array, megabytes: number): Uint8Array {
  return replacing(base, 'xl/sharedStrings.xml', function* (xml) {
    const end = xml.lastIndexOf('</sst>');
    yield encoder.encode(`${xml.slice(0, end)}<si><t>`);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let mb = 0; mb < megabytes; mb++) {
      let block = '';
      for (let i = 0; i < (1 << 20) / 40; i++) block += `${'x'.repeat(39)}${letters[(i * 7 + mb * 13) % 26]}`;
      yield encoder.encode(block);
    }
    yield encoder.encode(`</t></si>${xml.slice(end)}`);
  });
}

function column(n: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) out = String.fromCharCode(65 + ((v - 1) % 26)) + out;
  return out;
}
