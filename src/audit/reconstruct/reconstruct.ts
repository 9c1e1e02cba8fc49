import type { ReadDocument } from '../read-document.js';
import { assetsFromNarrative, keyProjectNames, overviewFromNarrative, priorFromNarrative, procurementFromNarrative, reasonsFromNarrative } from './narrative-input.js';
import { departmentCode, projectsOf, unitsOf } from './table-input.js';

type Json = Record<string, unknown>;

/** A published document turned back into the facts of the fill-in workbook, and what the reader could not settle. */
export interface Reconstructed {
  /** Input JSON (docs: examples/budget-input.schema.json) for the document's own year; no line items. */
  data: Json;
  notes: string[];
}

/**
 * The facts a published document states (issue 17 step 4, spec §2.10, §4.4): identity (year, template, scope,
 * 级次, department, units and their divisions), the duties, the projects with their codes, types and indicators,
 * the prior-year figures its comparisons imply, the reasons, 政府采购, 资产 and the key projects. The line items
 * (unit × 功能 × 经济 × source) are not printed one by one, so they are left for the officer to fill in.
 */
export function reconstructInput(read: ReadDocument): Reconstructed {
  const notes: string[] = [];
  const code = departmentCode(read);
  if (!code) notes.push('没有读到部门（单位）编码，请在“基本信息”中填写');
  const { units, notes: unitNotes } = unitsOf(read, code ?? '000');
  notes.push(...unitNotes);
  const overview = overviewFromNarrative(read);
  if (units[0]) units[0].divisions = overview.divisions;
  const projects = projectsOf(read, units);
  const { prior, notes: priorNotes } = priorFromNarrative(read);
  notes.push(...priorNotes);
  const keys = keyProjectNames(read).flatMap((name) => projects.filter((p) => p.name === name).map((p) => p.code));
  const procurement = procurementFromNarrative(read);
  const assets = assetsFromNarrative(read);
  if (!procurement) notes.push('没有读到政府采购预算（十(二)），请填写');
  if (!assets) notes.push('没有读到国有资产占用情况（十(四)），请填写');
  const { facts, profile } = read;
  const data: Json = {
    year: facts.year,
    profile: profile.id,
    scope: facts.scope,
    ...(facts.level ? { level: facts.level } : {}),
    department: {
      code: code ?? '000',
      name: facts.fullName,
      ...(facts.shortName ? { shortName: facts.shortName } : {}),
      ...(overview.bodyWord ? { bodyWord: overview.bodyWord } : {}),
    },
    units,
    overview: { duties: overview.duties, ...(overview.dutyNumbering ? { dutyNumbering: overview.dutyNumbering } : {}) },
    lineItems: [],
    projects,
    prior,
    reasons: reasonsFromNarrative(read),
    ...(procurement ? { procurement } : {}),
    ...(assets ? { assets } : {}),
    transferPayments: [],
    keyEvaluationProjects: keys,
  };
  notes.push('支出明细（每笔的功能科目、经济科目、资金来源和金额）不在公开文档中逐笔列出，请按预算系统填写');
  return { data, notes };
}
