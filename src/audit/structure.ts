import type { AuditFinding } from './finding.js';
import type { ReadDocument } from './read-document.js';

/**
 * The audit's own findings about the document's structure (issue 17: "missing sections and tables"): D01 a part,
 * heading or table the edition prints and the document lacks; D02 a table header without a column of the edition.
 * Cells that could not be read are not findings: they are listed as unread, never judged.
 */
export function structureFindings(read: ReadDocument): AuditFinding[] {
  return read.problems.flatMap((p): AuditFinding[] => {
    const entry = p.table ? read.profile.tables.find((t) => t.key === p.table) : undefined;
    const where = entry ? `${entry.id}表` : '文档结构';
    const base = { severity: 'warning' as const, where, message: p.message, ...(p.place ? { place: p.place } : {}) };
    if (p.kind === 'section' || p.kind === 'table') return [{ rule: 'D01', ...base }];
    if (p.kind === 'column' && /缺少/.test(p.message)) return [{ rule: 'D02', ...base }];
    return [];
  });
}
