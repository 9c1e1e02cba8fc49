import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { auditBytes, type AuditResult } from '../audit/audit.js';
import { annotateDocx } from '../audit/docx/annotate.js';
import { publishedStart, type SuggestedProfile } from '../audit/init-from.js';
import { auditJson, formatAudit } from '../audit/report.js';
import { auditMarkdown, auditSummary } from '../audit/report-md.js';
import { limitsFromEnv } from '../input/limits.js';
import type { JsonObject } from '../input/workbook/spec.js';
import { TEMPLATES_DIR } from '../model/paths.js';
import type { CliValues } from './execute.js';
import { EXIT, UsageError, type Io } from './io.js';
import { newProfileText } from './profile-command.js';
import { writeAtomic } from './write.js';

/** One audited file: its name as shown and what the audit gave. */
export interface Audited {
  file: string;
  result: AuditResult;
  /** The file's path, to make its annotated copy. */
  path?: string;
}

/**
 * `yusuan audit <文件或目录>… [--json] [--profile 模板] [-o 报告目录]` (issue 17): reads published budget disclosures
 * (.docx, .pdf text layer, .txt extracted from a PDF), runs the document rules on what was read and reports each
 * finding where it is printed. A directory is a batch: each file in it with its progress, then a summary table.
 * With -o, or for a batch (default output/), each file's findings report `<name>.审查报告.md` is written there, and for
 * a .docx with findings an annotated copy `<name>.批注.docx` with a Word comment at each finding.
 * Exit 1 when a file has an error finding or cannot be read at all.
 */
export async function auditCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('请指定要审查的公开文档（.docx、.pdf 或 .txt）或目录，例如：yusuan audit 2024年部门预算.pdf');
  const files = await collectDocuments(args, io.cwd);
  const batch = files.length > 1 || (await Promise.all(args.map((a) => stat(resolve(io.cwd, a)).then((i) => i.isDirectory())))).some(Boolean);
  const audited: Audited[] = [];
  for (const [i, path] of files.entries()) {
    if (batch) io.stderr(`[${i + 1}/${files.length}] ${relative(io.cwd, path) || path}\n`);
    audited.push(await auditPath(path, values, io));
  }
  const outDir = values.output ? resolve(io.cwd, values.output) : batch ? resolve(io.cwd, 'output') : undefined;
  if (outDir) await writeReports(outDir, audited, io);
  if (values.json) {
    const out = audited.map((a) => auditJson(a.file, a.result));
    io.stdout(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    for (const a of audited) {
      const text = `${audited.length > 1 ? '\n' : ''}${formatAudit(a.file, a.result)}`;
      if (a.result.unreadable) io.stderr(text);
      else io.stdout(text);
    }
    if (batch) io.stdout(`\n${auditSummary(audited)}`);
  }
  return audited.some((a) => failed(a.result)) ? EXIT.inputErrors : EXIT.ok;
}

/** True when the file has an error finding or could not be read: exit 1. */
export function failed(result: AuditResult): boolean {
  return result.unreadable !== undefined || result.findings.some((f) => f.severity === 'error');
}

/** The documents named on the command line: files as given, and in a directory (and its subdirectories) every .docx, .pdf and .txt. */
async function collectDocuments(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`找不到文件或目录：${arg}`);
    if (!info.isDirectory()) out.push(path);
    else {
      const found = (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && isPublishedDocument(e.name) && !e.name.startsWith('~$'));
      out.push(...found.map((e) => join(e.parentPath, e.name)).sort());
    }
  }
  if (out.length === 0) throw new UsageError(`在 ${args.join('、')} 中没有找到 .docx、.pdf 或 .txt 文件`);
  return [...new Set(out)];
}

/**
 * Each file's findings report as Markdown in `dir` (`<name>.审查报告.md`) and, for a .docx with located findings, its
 * annotated copy (`<name>.批注.docx`), each written atomically.
 */
async function writeReports(dir: string, audited: readonly Audited[], io: Io): Promise<void> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  let annotated = 0;
  for (const a of audited) {
    const name = basename(a.file, extname(a.file));
    const target = join(dir, `${name}.审查报告.md`);
    await writeAtomic(target, Buffer.from(auditMarkdown(a.file, a.result), 'utf8'));
    written.push(relative(io.cwd, target) || target);
    const copy = a.path && a.result.format === 'docx' && !a.result.unreadable ? annotateDocx(await readFile(a.path), a.result.findings) : undefined;
    if (copy) {
      const docx = join(dir, `${name}.批注.docx`);
      await writeAtomic(docx, copy);
      written.push(relative(io.cwd, docx) || docx);
      annotated++;
    }
  }
  const reports = written.length - annotated;
  const where = relative(io.cwd, dir) || dir;
  io.stderr(
    written.length === 1
      ? `已写出审查报告：${written[0]}\n`
      : reports === 1
        ? `已写出审查报告：${written.join('、')}\n`
        : `已写出审查报告：${reports} 份${annotated > 0 ? `，带批注的 Word 副本 ${annotated} 份` : ''}，在 ${where}/\n`,
  );
}

async function auditPath(path: string, values: CliValues, io: Io): Promise<Audited> {
  const file = relative(io.cwd, path) || path;
  const info = await stat(path);
  const { maxFileBytes } = limitsFromEnv(io.env);
  if (info.size > maxFileBytes) return { file, result: tooLarge(info.size, maxFileBytes) };
  const result = await auditBytes(await readFile(path), path, values.profile ? { profile: values.profile } : {});
  return { file, result, path };
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
