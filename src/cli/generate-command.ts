import { relative, resolve } from 'node:path';
import { limitsFromEnv } from '../input/limits.js';
import type { CheckSummary } from '../checks/index.js';
import { Progress, summaryTable, unitLabel } from './batch-report.js';
import type { CliValues } from './execute.js';
import { collectInputs } from './files.js';
import type { UnitOutcome } from './generate-unit.js';
import { FORMATS, type Format } from '../render/writers/index.js';
import { EXIT, UsageError, type Io } from './io.js';
import { NAME_PLACEHOLDERS, unknownPlaceholders } from './output-names.js';
import { runUnits } from './run-units.js';

type Report = typeof import('../checks/report.js');

/** `yusuan generate <file|dir>… [-o output] [--format …] [--force]`: one unit or a batch, with progress and a summary. */
export async function generateCommand(args: readonly string[], values: CliValues, io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('请指定要生成的填报文件或目录，例如：yusuan generate 预算填报.xlsx');
  const files = await collectInputs(args, io.cwd);
  const formats = parseFormats(values.format);
  const outDir = resolve(io.cwd, values.output ?? 'output');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new UsageError('--jobs 必须是正整数');
  const options = {
    outDir,
    formats,
    force: values.force ?? false,
    limits: limitsFromEnv(io.env),
    ...(values.profile ? { profile: values.profile } : {}),
    ...(values.name !== undefined ? { namePattern: namePattern(values.name) } : {}),
  };
  const progress = new Progress(files.length, io);
  // The findings' formatter (checks/report.js, with the sheet specs and decimal.js it orders and groups findings by:
  // about 60 ms to load) is needed only once the units are done. It loads as the first unit starts, while a batch's
  // workers start, so the batch does not wait for it before forking them.
  let report: Promise<Report> | undefined;
  const loadReport = () => (report ??= import('../checks/report.js'));
  const start = (file: string) => {
    void loadReport().catch(() => undefined); // awaited below; this only starts it
    progress.start(file);
  };
  const outcomes = await runUnits(files, options, jobs, start, (outcome) => progress.done(outcome));
  progress.finish();
  const formatter = await loadReport();
  for (const outcome of outcomes) printUnit(outcome, io, files.length > 1, formatter);
  if (files.length > 1) io.stderr(summaryTable(outcomes, io.cwd));
  else printSingleResult(outcomes[0], io);
  if (outcomes.some((o) => o.failed)) return EXIT.inputErrors;
  return outcomes.some((o) => o.toolFailed) ? EXIT.usage : EXIT.ok;
}

/** A `--name` pattern: placeholders from NAME_PLACEHOLDERS only, and not empty. */
function namePattern(value: string): string {
  const unknown = unknownPlaceholders(value);
  const known = Object.keys(NAME_PLACEHOLDERS).map((p) => `{${p}}`).join('、');
  if (unknown.length) throw new UsageError(`--name 中有无法识别的占位符：${unknown.map((u) => `{${u}}`).join('、')}（可用：${known}）`);
  if (value.trim() === '') throw new UsageError(`--name 不能为空（可用占位符：${known}）`);
  return value;
}

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return ['docx', 'xlsx'];
  const list = value.split(/[,，\s]+/).filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError(`不支持的输出格式：${unknown.join('、')}（可选：${FORMATS.join('、')}）`);
  if (list.length === 0) throw new UsageError('--format 不能为空');
  return [...new Set(list)] as Format[];
}

/** A unit's findings by severity, then its ledger line (规则 N 条：通过…，未通过…，不适用…，未运行…) when the outcome carries one. */
function printUnit(outcome: UnitOutcome, io: Io, batch: boolean, { formatFindings, formatSummary }: Report): void {
  const ledger = ledgerOf(outcome);
  if (outcome.diagnostics.length === 0 && !ledger) return;
  io.stderr(`${batch ? `\n== ${unitLabel(outcome, io.cwd)} ==\n` : ''}`);
  const findings = formatFindings(outcome.diagnostics);
  if (findings.length) io.stderr(`${findings.join('\n')}\n`);
  if (ledger) io.stderr(`${formatSummary(ledger)}\n`);
}

/** The check ledger a unit's outcome carries (the pipeline's `ledger`, passed on by generate-unit). */
function ledgerOf(outcome: UnitOutcome): CheckSummary | undefined {
  const ledger: unknown = 'ledger' in outcome ? outcome.ledger : undefined;
  return isLedger(ledger) ? ledger : undefined;
}

function isLedger(value: unknown): value is CheckSummary {
  return typeof value === 'object' && value !== null && 'total' in value && 'rules' in value && Array.isArray(value.rules);
}

function printSingleResult(outcome: UnitOutcome | undefined, io: Io): void {
  if (!outcome) return;
  if (outcome.written.length) io.stdout(`已生成：\n${outcome.written.map((p) => `  ${relative(io.cwd, p) || p}`).join('\n')}\n`);
  if (outcome.toolFailed && !outcome.failed) io.stderr('PDF 未生成：这是 LibreOffice 的问题，不是输入有错误；其余格式已生成（退出码 2）。\n');
  if (outcome.failed && outcome.written.length === 0) io.stderr(`输入有错误，未生成文档（${forceHelps(outcome) ? '改正后重试；确需生成可加 --force' : '改正后重试'}）。\n`);
}

/**
 * Whether --force would write a document: only when the input was read and a document built (its rules ran),
 * never for a file that cannot be read or parsed or has no usable profile (issue 15 item 8).
 */
function forceHelps(outcome: UnitOutcome): boolean {
  return ledgerOf(outcome)?.rules.some((r) => r.status !== 'not-run') ?? false;
}
