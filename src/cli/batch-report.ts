import { basename, relative } from 'node:path';
import type { UnitOutcome } from './generate-unit.js';
import type { Io } from './io.js';

/** An input as the officer finds it: its path relative to where the command runs. */
export function inputLabel(file: string, cwd: string): string {
  return relative(cwd, file) || basename(file);
}

/** A unit as the summary and progress name it: the unit's name and its input's path. */
export function unitLabel(outcome: UnitOutcome, cwd: string): string {
  return `${outcome.unit}（${inputLabel(outcome.file, cwd)}）`;
}

/**
 * The batch summary: one row per unit (name, input, errors, warnings, files written), the count, and a line for
 * every unit whose output name another unit of the run had already taken.
 */
export function summaryTable(outcomes: readonly UnitOutcome[], cwd: string): string {
  const rows = outcomes.map((o) => {
    const errors = o.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length;
    const files = o.written.map((p) => basename(p)).join(' ') || '（未生成）';
    return [o.unit, inputLabel(o.file, cwd), String(errors), String(warnings), files];
  });
  const header = ['单位', '填报文件', '错误', '警告', '生成的文件'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd();
  const failed = outcomes.filter((o) => o.failed).length;
  const tool = outcomes.filter((o) => o.toolFailed && !o.failed).length;
  const renames = outcomes.flatMap((o) => {
    if (!o.renamed) return [];
    const first = outcomes.find((p) => p !== o && p.name === o.name && p.written.length > 0 && !p.renamed);
    return [`  ${inputLabel(o.file, cwd)} 的输出名“${o.name}”${first ? `与 ${inputLabel(first.file, cwd)} 相同` : '已被占用'}，已改为“${o.renamed}”`];
  });
  const renamed = renames.length ? `同名的输出已改名（${renames.length}）：\n${renames.join('\n')}\n` : '';
  return `\n汇总：\n${line(header)}\n${rows.map(line).join('\n')}\n共 ${outcomes.length} 个单位：成功 ${outcomes.length - failed - tool}，失败 ${failed}${tool ? `，PDF 未生成（LibreOffice 出错）${tool}` : ''}\n${renamed}`;
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** A progress bar on a terminal (done/total, current input), plain lines naming each unit and its input otherwise. */
export class Progress {
  private doneCount = 0;
  private current = '';
  constructor(
    private readonly total: number,
    private readonly io: Io,
  ) {}

  start(file: string): void {
    this.current = inputLabel(file, this.io.cwd);
    if (this.io.isTTY && this.total > 1) this.draw();
  }

  done(outcome: UnitOutcome): void {
    this.doneCount += 1;
    if (this.total === 1) return;
    if (this.io.isTTY) this.draw();
    else this.io.stderr(`[${this.doneCount}/${this.total}] ${unitLabel(outcome, this.io.cwd)} ${outcome.failed ? '失败' : outcome.toolFailed ? '完成（PDF 未生成）' : '完成'}\n`);
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
