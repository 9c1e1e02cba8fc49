import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { auditBytes, type AuditResult } from '../audit/audit.js';
import { publishedStart, type SuggestedProfile } from '../audit/init-from.js';
import { auditJson, formatAudit } from '../audit/report.js';
import { limitsFromEnv } from '../input/limits.js';
import type { JsonObject } from '../input/workbook/spec.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';
import { newProfileText } from './profile-command.js';

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

/** The extensions `init --from` reads as published documents (audit's readers) rather than as input files. */
export function isPublishedDocument(path: string): boolean {
  return ['.docx', '.pdf', '.txt'].includes(extname(path).toLowerCase());
}

/**
 * `init --from <published document>` (issue 17 step 4): the workbook's data from the document, and the suggested
 * profile written as a user profile directory beside the workbook (`<name>-模板/`, extending the profile the
 * document was read with), which the workbook names. Exit 1 with the reason when the document cannot be read.
 */
export async function prefillPublished(from: string, year: number | undefined, output: string, values: CliValues, io: Io): Promise<{ data: JsonObject; notes: string[] } | { exit: number }> {
  const path = resolve(io.cwd, from);
  const info = await stat(path).catch(() => undefined);
  if (!info || info.isDirectory()) throw new UsageError(`找不到 --from 指定的文件：${from}`);
  const { maxFileBytes } = limitsFromEnv(io.env);
  if (info.size > maxFileBytes) {
    io.stderr(`${from}：文件过大，无法预填\n`);
    return { exit: EXIT.inputErrors };
  }
  const start = await publishedStart(await readFile(path), path, year);
  if ('unreadable' in start) {
    io.stderr(`${from}：无法读取：${start.unreadable}\n`);
    return { exit: EXIT.inputErrors };
  }
  const dirName = `${basename(output, extname(output))}-模板`;
  const dir = join(dirname(output), dirName);
  if (existsSync(join(dir, 'profile.json')) && !values.force) throw new UsageError(`${join(dirName, 'profile.json')} 已存在（确需覆盖请加 --force）`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'profile.json'), suggestedProfileText(dirName, start.profile, relative(dir, join(TEMPLATES_DIR, 'profile.schema.json')).split(sep).join('/')));
  const changed = Object.keys(start.profile.options).length + start.profile.drop.length;
  const notes = [
    `已按公开文档 ${basename(path)} 预填 ${start.year}年填报表：单位、职责、项目及其编码、上年数等。`,
    `建议的模板写在 ${dirName}/（继承 ${start.profile.extends}${changed ? `，改动 ${changed} 处` : '，没有改动'}），填报表已指向它。`,
    ...start.notes.map((n) => `注意：${n}`),
  ];
  return { data: { ...start.data, profile: `./${dirName}` }, notes };
}

/** The suggested profile.json: a new profile (profile new) with the options and table drops the document shows. */
function suggestedProfileText(id: string, profile: SuggestedProfile, schema: string): string {
  const file = JSON.parse(newProfileText(id, profile.extends, schema)) as Record<string, unknown>;
  file.description = `由 yusuan init --from 按公开文档推断：在 ${profile.extends} 基础上。`;
  file.options = profile.options;
  if (profile.drop.length > 0) file.tables = { drop: profile.drop };
  return `${JSON.stringify(file, null, 2)}\n`;
}
