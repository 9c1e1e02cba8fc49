import { basename, relative, resolve } from 'node:path';
import { limitsFromEnv } from '../input/limits.js';
import type { CheckSummary } from '../checks/index.js';
import { formatFindings, formatSummary } from '../checks/report.js';
import { runBatch } from './batch.js';
import type { CliValues } from './execute.js';
import { collectInputs } from './files.js';
import { FORMATS, type Format, type UnitOutcome } from './generate-unit.js';
import { EXIT, UsageError, type Io } from './io.js';

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
  };
  const progress = new Progress(files.length, io);
  const outcomes = await runBatch(files, options, jobs, (file) => progress.start(file), (outcome) => progress.done(outcome));
  progress.finish();
  for (const outcome of outcomes) printUnit(outcome, io, files.length > 1);
  if (files.length > 1) io.stderr(summaryTable(outcomes, io.cwd));
  else printSingleResult(outcomes[0], io);
  return outcomes.some((o) => o.failed) ? EXIT.inputErrors : EXIT.ok;
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
function printUnit(outcome: UnitOutcome, io: Io, batch: boolean): void {
  const ledger = ledgerOf(outcome);
  if (outcome.diagnostics.length === 0 && !ledger) return;
  io.stderr(`${batch ? `\n== ${basename(outcome.file)} ==\n` : ''}`);
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
  if (outcome.failed && outcome.written.length === 0) io.stderr(`输入有错误，未生成文档（${forceHelps(outcome) ? '改正后重试；确需生成可加 --force' : '改正后重试'}）。\n`);
}

/**
 * Whether --force would write a document: only when the input was read and a document built (its rules ran),
 * never for a file that cannot be read or parsed or has no usable profile (issue 15 item 8).
 */
function forceHelps(outcome: UnitOutcome): boolean {
  return ledgerOf(outcome)?.rules.some((r) => r.status !== 'not-run') ?? false;
}

function summaryTable(outcomes: readonly UnitOutcome[], cwd: string): string {
  const rows = outcomes.map((o) => {
    const errors = o.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length;
    const files = o.written.map((p) => basename(relative(cwd, p))).join(' ') || '（未生成）';
    return [o.name, String(errors), String(warnings), files];
  });
  const header = ['单位', '错误', '警告', '生成的文件'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd();
  const failed = outcomes.filter((o) => o.failed).length;
  return `\n汇总：\n${line(header)}\n${rows.map(line).join('\n')}\n共 ${outcomes.length} 个单位：成功 ${outcomes.length - failed}，失败 ${failed}\n`;
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** A progress bar on a terminal (done/total, current unit), plain lines otherwise. */
class Progress {
  private doneCount = 0;
  private current = '';
  constructor(
    private readonly total: number,
    private readonly io: Io,
  ) {}

  start(file: string): void {
    this.current = basename(file);
    if (this.io.isTTY && this.total > 1) this.draw();
  }

  done(outcome: UnitOutcome): void {
    this.doneCount += 1;
    if (this.total === 1) return;
    if (this.io.isTTY) this.draw();
    else this.io.stderr(`[${this.doneCount}/${this.total}] ${outcome.name} ${outcome.failed ? '失败' : '完成'}\n`);
  }

  finish(): void {
    if (this.io.isTTY && this.total > 1) this.io.stderr('\n');
  }

  private draw(): void {
    const size = 24;
    const filled = Math.round((this.doneCount / this.total) * size);
    this.io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(size - filled)}] ${this.doneCount}/${this.total} ${this.current}\x1b[K`);
  }
}
