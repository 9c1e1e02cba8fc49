import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { runDocumentChecks } from '../checks/index.js';
import { formatReport } from '../checks/report.js';
import { limitsFromEnv, zipLimits } from '../input/limits.js';
import { hasErrors } from '../model/diagnostic.js';
import { docxDifferences } from '../render/docx/verify.js';
import { formatDifference, type Difference } from '../render/verify/difference.js';
import { readModelPart } from '../render/verify/model-part.js';
import { xlsxDifferences } from '../render/xlsx/verify.js';
import { ZipError, openZip } from '../zip/index.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';

/**
 * `yusuan verify <file.docx|file.xlsx>…`: re-reads a document or workbook yusuan wrote, compares every paragraph,
 * figure and cell with the document model it carries (a hand edit is a finding, each change with its place), and
 * re-runs the document rules on the model. Hostile files are held to the input size limit and the unpack limits.
 */
export async function verifyCommand(args: readonly string[], _values: CliValues, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('请指定要核验的 Word 文档或 Excel 工作簿，例如：yusuan verify output/单位.docx');
  let code: number = EXIT.ok;
  for (const arg of args) code = Math.max(code, await verifyOne(arg, io));
  return code;
}

async function verifyOne(arg: string, io: Io): Promise<number> {
  const path = resolve(io.cwd, arg);
  const shown = relative(io.cwd, path) || arg;
  const fail = (message: string, exit: number = EXIT.inputErrors) => {
    io.stderr(`${shown}：${message}\n`);
    return exit;
  };
  const info = await stat(path).catch(() => undefined);
  if (!info) return fail('找不到该文件', EXIT.usage);
  if (info.isDirectory()) return fail('是一个目录，请指定 yusuan 生成的 .docx 或 .xlsx 文件', EXIT.usage);
  const limits = limitsFromEnv(io.env);
  if (info.size > limits.maxFileBytes) return fail(`文件过大（${mb(info.size)}），上限为 ${mb(limits.maxFileBytes)}`);
  try {
    const zip = openZip(await readFile(path), zipLimits(limits));
    const kind = zip.has('word/document.xml') ? 'docx' : zip.has('xl/workbook.xml') ? 'xlsx' : undefined;
    const model = kind && readModelPart(zip);
    if (!kind || !model) return fail('不是 yusuan 生成的文档（缺少内嵌的文档模型），无法核验。');
    const differences = kind === 'docx' ? await docxDifferences(zip, model) : xlsxDifferences(zip, model);
    const diagnostics = runDocumentChecks(model);
    if (differences.length) io.stderr(differenceReport(shown, kind, differences));
    else io.stdout(`${shown}：${kind === 'docx' ? '正文与表格' : '各工作表的单元格'}和内嵌模型一致。\n`);
    io.stdout(formatReport(diagnostics));
    return differences.length || hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok;
  } catch (error) {
    if (error instanceof ZipError) return fail(`${error.message}，无法核验。`);
    throw error;
  }
}

function differenceReport(shown: string, kind: 'docx' | 'xlsx', differences: readonly Difference[]): string {
  const what = kind === 'docx' ? 'Word 文档' : 'Excel 工作簿';
  const lines = differences.map((d) => `  ${formatDifference(d)}`);
  return `${shown}：${what}生成后被改动过，与内嵌的文档模型有 ${differences.length} 处不同：\n${lines.join('\n')}\n`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
