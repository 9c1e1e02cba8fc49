import type { AuditResult } from './audit.js';
import { findingPlace, sortFindings } from './report.js';
import { formatPlace } from './read-model.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** A table cell's text for Markdown: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

/**
 * The findings report of one audited file as Markdown (issue 17: "a findings report .md … next to the output"):
 * how the document was read, every finding with its printed place, the printed text and the expected value, what
 * could not be read, and which rules ran.
 */
export function auditMarkdown(file: string, result: AuditResult): string {
  const lines = [`# 预算公开文档审查报告：${file}`, ''];
  if (result.unreadable) return `${lines.join('\n')}无法读取：${result.unreadable}\n`;
  const read = result.read;
  if (read) {
    lines.push(
      `- 单位：${read.facts.fullName}（${read.facts.scope}，${read.facts.year}年）`,
      `- 版式：按模板 ${read.profile.id}（${read.profile.edition}）读取，找到表格 ${read.tables.size}/${read.profile.tables.length} 张`,
    );
  }
  const count = (s: keyof typeof SEVERITY) => result.findings.filter((f) => f.severity === s).length;
  lines.push(`- 发现：错误 ${count('error')} 个，警告 ${count('warning')} 个，提示 ${count('info')} 个`, '');
  if (result.findings.length > 0) {
    lines.push('## 发现的问题', '', '| 规则 | 严重程度 | 位置 | 说明 | 原文 | 应为 |', '|---|---|---|---|---|---|');
    for (const f of sortFindings(result.findings)) lines.push(`| ${f.rule} | ${SEVERITY[f.severity]} | ${cell(findingPlace(f))} | ${cell(f.message)} | ${cell(f.printed)} | ${cell(f.expected)} |`);
    lines.push('');
  }
  const unread = result.problems.filter((p) => p.kind !== 'note');
  if (unread.length > 0) lines.push('## 未能读取或未找到', '', ...unread.map((p) => `- ${p.place ? `${formatPlace(p.place)}：` : ''}${p.message}`), '');
  const notes = result.problems.filter((p) => p.kind === 'note');
  if (notes.length > 0) lines.push('## 读取说明', '', ...notes.map((p) => `- ${p.place ? `${formatPlace(p.place)}：` : ''}${p.message}`), '');
  const ledger = result.ledger;
  lines.push('## 规则', '', `共 ${ledger.total} 条：通过 ${ledger.passed}，未通过 ${ledger.failed}，不适用 ${ledger.notApplicable}，未运行 ${ledger.notRun}。`, '');
  const notRun = ledger.rules.filter((r) => r.status === 'not-run');
  if (notRun.length > 0) lines.push(...notRun.map((r) => `- ${r.id} 未运行：${r.reason ?? ''}`), '');
  return `${lines.join('\n')}`;
}

/** One line of a batch's summary table. */
export interface AuditSummaryRow {
  file: string;
  result: AuditResult;
}

/** The batch summary (issue 17: "a summary table (unit, errors, warnings, rules not run)"), aligned for a terminal. */
export function auditSummary(rows: readonly AuditSummaryRow[]): string {
  const head = ['文件', '单位', '错误', '警告', '未运行规则', '未能读取'];
  const body = rows.map(({ file, result }) => [
    file,
    result.unreadable ? `（无法读取：${result.unreadable.slice(0, 24)}…）` : (result.read?.facts.fullName ?? ''),
    String(result.findings.filter((f) => f.severity === 'error').length),
    String(result.findings.filter((f) => f.severity === 'warning').length),
    String(result.ledger.notRun),
    String(result.problems.filter((p) => p.kind === 'cell' || p.kind === 'column').length),
  ]);
  const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ''))));
  const line = (r: readonly string[]) => r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd();
  const failed = rows.filter((r) => r.result.unreadable || r.result.findings.some((f) => f.severity === 'error')).length;
  return [`审查 ${rows.length} 份文档：${failed} 份有错误或无法读取。`, line(head), ...body.map(line), ''].join('\n');
}
