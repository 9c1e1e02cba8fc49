import { formatDiagnostic, type Diagnostic, type Severity } from '../model/diagnostic.js';
import type { CheckSummary } from './summary.js';

const GROUPS: readonly [Severity, string][] = [
  ['error', '错误'],
  ['warning', '警告'],
];

/**
 * The validator's report in Chinese: findings grouped by severity (errors first), each group with its
 * count, each line `M02 lineItems[4].govEcon：…`; then, when a summary is given, how many rules ran.
 */
export function formatReport(diagnostics: readonly Diagnostic[], summary?: CheckSummary): string {
  const lines: string[] = [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push(diagnostics.length === 0 ? '未发现问题。' : `发现 ${diagnostics.length} 个问题：错误 ${errors} 个，警告 ${warnings} 个。`);
  for (const [severity, label] of GROUPS) {
    const group = sortDiagnostics(diagnostics.filter((d) => d.severity === severity));
    if (group.length === 0) continue;
    lines.push('', `${label}（${group.length}）：`, ...group.map((d) => `  ${formatDiagnostic(d)}`));
  }
  if (summary) lines.push('', formatSummary(summary));
  return `${lines.join('\n')}\n`;
}

/**
 * The ledger in one line, `规则 111 条：通过 96，未通过 3，不适用 12，未运行 0。` (the counts add up; a rule
 * that did not run is never counted as passed), then one line per reason some rules did not run.
 */
export function formatSummary(summary: CheckSummary): string {
  const head = `规则 ${summary.total} 条：通过 ${summary.passed}，未通过 ${summary.failed}，不适用 ${summary.notApplicable}，未运行 ${summary.notRun}。`;
  const byReason = new Map<string, string[]>();
  for (const r of summary.rules.filter((x) => x.status === 'not-run')) {
    const reason = r.reason ?? '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), `${r.id}（${r.layer === 'input' ? '输入' : '文档'}）`]);
  }
  const skipped = [...byReason].map(([reason, ids]) => `  ${ids.length > SHOWN ? `${ids.slice(0, SHOWN).join('、')}等 ${ids.length} 条` : ids.join('、')}未运行：${reason}`);
  return [head, ...skipped].join('\n');
}

/** How many rule ids a not-run line names before `等 N 条`. */
const SHOWN = 5;

/** Stable order: rule id, then the printed line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compare(a.rule, b.rule) || compare(formatDiagnostic(a), formatDiagnostic(b)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
