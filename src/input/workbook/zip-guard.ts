import JSZip from 'jszip';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { InputLimits } from '../limits.js';
import { fileError } from '../source.js';
import { STRUCTURE_RULE } from './read-context.js';
import { readZipDirectory } from './zip-directory.js';
import { sheetFiles, stripValidations, rowCount } from './zip-sheets.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_ENTRIES = 10_000;

/** A workbook that passed the checks, re-packed for exceljs; or why it cannot be read. */
export type GuardResult = { ok: true; bytes: ArrayBuffer } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Checks a workbook before exceljs sees it (every input is hostile): magic bytes, the zip directory, declared and
 * actual unpacked size, external links, rows per sheet. Data validations are dropped on the way: exceljs expands
 * each range cell by cell, and a column-wide rule would take it minutes (exceljs#1842); the reader never needs them.
 */
export async function guardWorkbook(bytes: Uint8Array, name: string, limits: InputLimits): Promise<GuardResult> {
  const fail = (message: string): GuardResult => ({ ok: false, diagnostics: [fileError(STRUCTURE_RULE, name, message)] });
  if (bytes.byteLength > limits.maxFileBytes) {
    return { ok: false, diagnostics: [fileError('S04', name, `文件过大（${mb(bytes.byteLength)}），上限为 ${mb(limits.maxFileBytes)}`)] };
  }
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) return fail('文件已加密（有打开密码）或是旧版 .xls：请取消密码并另存为 .xlsx');
  const entries = bytes[0] === 0x50 && bytes[1] === 0x4b ? readZipDirectory(bytes) : undefined;
  if (!entries) return fail('不是有效的 .xlsx 文件（文件已损坏，或是改了扩展名的其他格式）：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”');
  if (entries.length > MAX_ENTRIES) return fail(`不是正常的 .xlsx 文件：压缩包内有 ${entries.length} 个条目`);
  const declared = entries.reduce((total, e) => total + e.uncompressedSize, 0);
  if (declared > limits.maxUnzippedBytes) return fail(bombMessage(declared, limits));
  if (entries.some((e) => e.name.startsWith('xl/externalLinks/'))) {
    return fail('工作簿含有指向其他文件的外部链接，程序无法核实这些数据：请在 Excel 中“数据 → 编辑链接 → 断开链接”（WPS 类似）后另存再试');
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return fail('不是有效的 .xlsx 文件：缺少工作簿内容（xl/workbook.xml）');
  return repack(bytes, limits, fail);
}

async function repack(bytes: Uint8Array, limits: InputLimits, fail: (m: string) => GuardResult): Promise<GuardResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // no checkCRC32: it would inflate every entry before the budget is counted
  } catch {
    return fail('不是有效的 .xlsx 文件（压缩包已损坏）：请在 Excel 或 WPS 中重新另存');
  }
  const budget = { left: limits.maxUnzippedBytes };
  const contents = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = await inflate(file, budget).catch(() => 'corrupt' as const);
    if (data === 'corrupt') return fail(`不是有效的 .xlsx 文件：“${file.name}”已损坏`);
    if (data === 'too-big') return fail(bombMessage(limits.maxUnzippedBytes + 1, limits));
    contents.set(file.name, data);
  }
  const diagnostics: Diagnostic[] = [];
  const out = new JSZip();
  const sheets = sheetFiles(contents);
  for (const [path, data] of contents) {
    const sheet = sheets.get(path);
    if (!sheet) {
      out.file(path, data);
      continue;
    }
    const xml = new TextDecoder().decode(data);
    const rows = rowCount(xml);
    if (rows > limits.maxRows) {
      diagnostics.push({
        rule: STRUCTURE_RULE,
        severity: 'error',
        at: { kind: 'cell', sheet, cell: `A${limits.maxRows + 1}` },
        message: `工作表有 ${rows} 行，超过上限 ${limits.maxRows} 行：请删除多余的行（包括只有格式的空行）`,
      });
    }
    out.file(path, stripValidations(xml));
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  return { ok: true, bytes: await out.generateAsync({ type: 'arraybuffer', compression: 'STORE' }) };
}

/** Inflates one entry, counting bytes against the shared budget; stops as soon as it is spent. */
function inflate(file: JSZip.JSZipObject, budget: { left: number }): Promise<Uint8Array | 'too-big'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.removeAllListeners('data');
        stream.pause();
        if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
        resolve('too-big'); // the 'error' listener stays: a late size-mismatch error must not go unhandled
      } else chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

function bombMessage(size: number, limits: InputLimits): string {
  return `文件解压后过大（至少 ${mb(size)}，上限为 ${mb(limits.maxUnzippedBytes)}），可能是恶意构造的压缩包：请检查文件来源，或删除多余的工作表和空行后另存`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
