import { formatDiagnostic, formatLocation, type Diagnostic, type Severity } from '../model/diagnostic.js';
import { groupByCause, type CauseGroup } from './causes.js';
import type { CheckSummary } from './summary.js';

export { sortDiagnostics } from './order.js';

const GROUPS: readonly [Severity, string][] = [
  ['error', '错误'],
  ['warning', '警告'],
  ['info', '提示'],
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How many consequence places a folded line names before `等`. */
const NAMED = 3;

/**
 * The findings as listed lines, by severity (errors, warnings, then 提示 which never fail a run), each group
 * headed `错误（2）：`; in each group sorted by place (sheet, row and column as numbers). A finding with
 * consequences prints once, `…（另有 N 处由此引起：T03 预算01 …、X02 …）`, under the worst severity among them.
 */
export function formatFindings(diagnostics: readonly Diagnostic[]): string[] {
  const groups = groupByCause(diagnostics);
  const lines: string[] = [];
  for (const [severity, label] of GROUPS) {
    const own = groups.filter((g) => worst(g) === severity);
    if (own.length === 0) continue;
    lines.push(`${label}（${own.length}）：`, ...own.map((g) => `  ${formatGroup(g)}`));
  }
  return lines;
}

/**
 * The validator's report in Chinese: how many problems (a root cause and what follows from it count once),
 * the findings (formatFindings), then, when a summary is given, how many rules ran.
 */
export function formatReport(diagnostics: readonly Diagnostic[], summary?: CheckSummary): string {
  const groups = groupByCause(diagnostics);
  const problems = groups.filter((g) => worst(g) !== 'info');
  const errors = problems.filter((g) => worst(g) === 'error').length;
  const folded = problems.reduce((n, g) => n + g.consequences.length, 0);
  const lines = [
    problems.length === 0
      ? '未发现问题。'
      : `发现 ${problems.length} 个问题：错误 ${errors} 个，警告 ${problems.length - errors} 个${folded > 0 ? `（另有 ${folded} 处由这些问题引起，已并入）` : ''}。`,
  ];
  const findings = formatFindings(diagnostics);
  if (findings.length > 0) lines.push('', ...findings.flatMap((l, i) => (i > 0 && !l.startsWith(' ') ? ['', l] : [l])));
  if (summary) lines.push('', formatSummary(summary));
  return `${lines.join('\n')}\n`;
}

function worst(g: CauseGroup): Severity {
  return [g.finding, ...g.consequences].map((d) => d.severity).sort((a, b) => RANK[a] - RANK[b])[0] as Severity;
}

function formatGroup(g: CauseGroup): string {
  const line = formatDiagnostic(g.finding);
  if (g.consequences.length === 0) return line;
  const named = g.consequences.slice(0, NAMED).map((d) => `${d.rule} ${formatLocation(d.at)}`).join('、');
  return `${line}（另有 ${g.consequences.length} 处由此引起：${named}${g.consequences.length > NAMED ? '等' : ''}）`;
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
