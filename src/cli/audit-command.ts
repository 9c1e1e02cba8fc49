import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { auditBytes, type AuditResult } from '../audit/audit.js';
import { auditJson, formatAudit } from '../audit/report.js';
import { limitsFromEnv } from '../input/limits.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';

/** One audited file: its name as shown and what the audit gave. */
export interface Audited {
  file: string;
  result: AuditResult;
}

/**
 * `yusuan audit <file>… [--json] [--profile 模板]` (issue 17): reads published budget disclosures (.docx, .pdf
 * text layer, .txt extracted from a PDF), runs the document rules on what was read and reports each finding where
 * it is printed. Exit 1 when a file has an error finding or cannot be read at all.
 */
export async function auditCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('请指定要审查的公开文档（.docx、.pdf 或 .txt），例如：yusuan audit 2024年部门预算.pdf');
  const audited: Audited[] = [];
  for (const arg of args) audited.push(await auditPath(arg, values, io));
  if (values.json) {
    const out = audited.map((a) => auditJson(a.file, a.result));
    io.stdout(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    for (const a of audited) {
      const text = `${audited.length > 1 ? '\n' : ''}${formatAudit(a.file, a.result)}`;
      if (a.result.unreadable) io.stderr(text);
      else io.stdout(text);
    }
  }
  return audited.some((a) => failed(a.result)) ? EXIT.inputErrors : EXIT.ok;
}

/** True when the file has an error finding or could not be read: exit 1. */
export function failed(result: AuditResult): boolean {
  return result.unreadable !== undefined || result.findings.some((f) => f.severity === 'error');
}

async function auditPath(arg: string, values: CliValues, io: Io): Promise<Audited> {
  const path = resolve(io.cwd, arg);
  const file = relative(io.cwd, path) || arg;
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`找不到文件：${arg}`);
  if (info.isDirectory()) throw new UsageError(`${arg} 是一个目录，请指定文件`);
  const { maxFileBytes } = limitsFromEnv(io.env);
  if (info.size > maxFileBytes) return { file, result: tooLarge(info.size, maxFileBytes) };
  const result = await auditBytes(await readFile(path), path, values.profile ? { profile: values.profile } : {});
  return { file, result };
}

function tooLarge(size: number, max: number): AuditResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const reason = `文件过大（${mb(size)}），上限为 ${mb(max)}（可用环境变量 YUSUAN_MAX_FILE_MB 调整）`;
  return { format: 'docx', findings: [], problems: [{ kind: 'file', message: reason }], ledger: { total: 0, passed: 0, failed: 0, notApplicable: 0, notRun: 0, rules: [] }, unreadable: reason };
}
