import type { Diagnostic } from '../../model/diagnostic.js';
import { ZipError, describeZipProblem, openZip, type ZipProblem } from '../../zip/index.js';
import { zipLimits, type InputLimits } from '../limits.js';
import { fileError } from '../source.js';
import { STRUCTURE_RULE } from './read-context.js';
import type { LightBook } from './light-workbook.js';
import { readPackage } from './reader-package.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NOT_XLSX = '不是有效的 .xlsx 文件（文件已损坏，或是改了扩展名的其他格式）：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”';

/** A workbook that passed the checks, read into the reader's model; or why it cannot be read. */
export type GuardResult = { ok: true; workbook: LightBook } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Opens a workbook (every input is hostile): magic bytes, the zip directory, the unpack limits (declared, then
 * counted while inflating, in src/zip), external links; then reads the cells the reader needs straight from the
 * package XML, counted against the row, cell and text limits (reader-package.ts). No spreadsheet library sees
 * the file: exceljs held every cell of every sheet (3.4 GB for 6 million cells outside the template, issue 15).
 */
export async function guardWorkbook(bytes: Uint8Array, name: string, limits: InputLimits): Promise<GuardResult> {
  const fail = (message: string): GuardResult => ({ ok: false, diagnostics: [fileError(STRUCTURE_RULE, name, message)] });
  if (bytes.byteLength > limits.maxFileBytes) {
    return { ok: false, diagnostics: [fileError('S04', name, `文件过大（${mb(bytes.byteLength)}），上限为 ${mb(limits.maxFileBytes)}`)] };
  }
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) return fail('文件已加密（有打开密码）或是旧版 .xls：请取消密码并另存为 .xlsx');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail(NOT_XLSX);
  try {
    const zip = openZip(bytes, zipLimits(limits));
    if (zip.names.some((entry) => entry.startsWith('xl/externalLinks/'))) {
      return fail('工作簿含有指向其他文件的外部链接，程序无法核实这些数据：请在 Excel 中“数据 → 编辑链接 → 断开链接”（WPS 类似）后另存再试');
    }
    if (!zip.has('xl/workbook.xml')) return fail('不是有效的 .xlsx 文件：缺少工作簿内容（xl/workbook.xml）');
    return await readPackage(zip, name, limits);
  } catch (error) {
    if (error instanceof ZipError) return fail(zipMessage(error.problem));
    throw error;
  }
}

/** The officer's message for a zip that cannot be read: what is wrong, and what to do. */
function zipMessage(problem: ZipProblem): string {
  const bomb = (detail: string) => `文件解压后过大（${detail}），可能是恶意构造的压缩包：请检查文件来源，或删除多余的工作表和空行后另存`;
  switch (problem.kind) {
    case 'not-a-zip':
      return NOT_XLSX;
    case 'corrupt':
    case 'unsupported':
      return `不是有效的 .xlsx 文件（${describeZipProblem(problem)}）：请在 Excel 或 WPS 中重新另存`;
    case 'too-many-entries':
      return `不是正常的 .xlsx 文件：压缩包内有 ${problem.count} 个条目（上限为 ${problem.limit} 个）`;
    case 'too-large':
      return problem.entry === undefined
        ? bomb(`至少 ${mb(problem.bytes)}，上限为 ${mb(problem.limit)}`)
        : bomb(`“${problem.entry}”至少 ${mb(problem.bytes)}，单个部件上限为 ${mb(problem.limit)}`);
    case 'ratio':
      return bomb(`“${problem.entry}”的压缩比超过 ${problem.limit} 倍`);
    case 'understated':
      return bomb(`“${problem.entry}”超过压缩包目录声明的 ${problem.declared} 字节`);
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
