import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { runDocumentChecks } from '../checks/index.js';
import { formatReport } from '../checks/report.js';
import { hasErrors } from '../model/diagnostic.js';
import { readEmbeddedModel, verifyDocx } from '../render/docx/verify.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';

/** `yusuan verify <file.docx>`: re-reads a document yusuan wrote and re-runs the document rules on it. */
export async function verifyCommand(args: readonly string[], _values: CliValues, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('请指定要核验的 Word 文档，例如：yusuan verify output/单位.docx');
  let failed = false;
  for (const file of args) {
    const bytes = await readFile(file);
    const model = await readEmbeddedModel(bytes);
    if (!model) {
      io.stderr(`${basename(file)}：不是 yusuan 生成的文档（缺少内嵌的文档模型），无法核验。\n`);
      failed = true;
      continue;
    }
    await verifyDocx(bytes, model);
    const diagnostics = runDocumentChecks(model);
    io.stdout(`${basename(file)}：正文与表格和内嵌模型一致。\n${formatReport(diagnostics)}`);
    failed ||= hasErrors(diagnostics);
  }
  return failed ? EXIT.inputErrors : EXIT.ok;
}
