import { formatSummary } from '../checks/index.js';
import type { AuditFinding, AuditResult } from './audit.js';
import { formatPlace } from './read-model.js';

/** `第45行（explanation.4）`, `第155行（explanation.7；另见第167行、第176行）`, or `预算03 合计/基本支出小计` when the place is unknown. */
export function findingPlace(f: AuditFinding): string {
  const also = f.related?.length ? `；另见${f.related.map(formatPlace).join('、')}` : '';
  return f.place ? `${formatPlace(f.place)}（${f.where}${also}）` : f.where;
}

/** A printed text shown in a report line: one line, at most 60 characters. */
function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
}

/** One finding in Chinese: rule, place, message; then the printed text and the expected value when known. */
export function formatFinding(f: AuditFinding): string {
  const detail = [f.printed !== undefined ? `原文：“${quote(f.printed)}”` : '', f.expected !== undefined ? `应为：${f.expected}` : ''].filter(Boolean).join('；');
  return `${f.rule} ${findingPlace(f)}：${f.message}${detail ? `\n      ${detail}` : ''}`;
}

const ORDER: Readonly<Record<AuditFinding['severity'], number>> = { error: 0, warning: 1, info: 2 };

/** Findings by severity, then rule, then place in print order. */
export function sortFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/**
 * The audit report of one file in Chinese: how it was read (profile, tables found), the findings grouped by
 * severity, what could not be read, and the ledger of rules (which ran, which could not and why).
 */
export function formatAudit(file: string, result: AuditResult): string {
  if (result.unreadable) return `${file}：无法读取：${result.unreadable}\n`;
  const read = result.read;
  const lines: string[] = [];
  if (read) {
    const found = read.tables.size;
    lines.push(`${file}：按模板 ${read.profile.id}（${read.profile.edition}）读取，${read.facts.year}年，${read.facts.fullName}；找到表格 ${found}/${read.profile.tables.length} 张。`);
  }
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const hints = result.findings.filter((f) => f.severity === 'info');
  lines.push(result.findings.length === 0 ? '未发现问题。' : `发现 ${result.findings.length} 个问题：错误 ${errors.length} 个，警告 ${warnings.length} 个${hints.length ? `，提示 ${hints.length} 个` : ''}。`);
  for (const [label, group] of [['错误', errors], ['警告', warnings], ['提示', hints]] as const) {
    if (group.length === 0) continue;
    lines.push('', `${label}（${group.length}）：`, ...sortFindings(group).map((f) => `  ${formatFinding(f)}`));
  }
  const unread = result.problems.filter((p) => p.kind === 'cell' || p.kind === 'column' || p.kind === 'file');
  const notes = result.problems.filter((p) => p.kind === 'note');
  const item = (p: (typeof unread)[number]) => `  ${p.place ? `${formatPlace(p.place)}：` : ''}${p.message}`;
  if (unread.length > 0) lines.push('', `未能读取（${unread.length}）：`, ...unread.map(item));
  if (notes.length > 0) lines.push('', `读取说明（${notes.length}）：`, ...notes.map(item));
  lines.push('', formatSummary(result.ledger));
  return `${lines.join('\n')}\n`;
}

/** The audit of one file as JSON: every finding with its printed place, what could not be read, and the ledger. */
export function auditJson(file: string, result: AuditResult): object {
  return {
    file,
    ...(result.unreadable ? { unreadable: result.unreadable } : {}),
    ...(result.read ? { profile: result.read.profile.id, edition: result.read.profile.edition, year: result.read.facts.year, name: result.read.facts.fullName } : {}),
    findings: sortFindings(result.findings).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      location: findingPlace(f),
      ...(f.place ? { place: f.place } : {}),
      ...(f.related ? { related: f.related } : {}),
      where: f.where,
      message: f.message,
      ...(f.printed !== undefined ? { printed: f.printed } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
    })),
    unread: result.problems.map((p) => ({ kind: p.kind, ...(p.table ? { table: p.table } : {}), ...(p.place ? { location: formatPlace(p.place) } : {}), message: p.message })),
    ledger: result.ledger,
  };
}
