import { extname } from 'node:path';
import { checkDocument, type CheckSummary, type RuleResult } from '../checks/index.js';
import { summarize } from '../checks/summary.js';
import { formatLocation, type Diagnostic } from '../model/diagnostic.js';
import { readDocx } from './docx/read-docx.js';
import type { AuditFinding } from './finding.js';
import { inputFindings } from './input-checks.js';
import { printedSpot } from './locate.js';
import { UnreadableError, type ReadBlock } from './read-model.js';
import { recogniseDocument, type ReadDocument, type ReadOptions } from './read-document.js';
import { classTotalFindings } from './class-totals.js';
import { slipFindings } from './slips.js';
import { structureFindings } from './structure.js';
import { wordingFindings } from './wording.js';
import { readPdf } from './pdf/read-pdf.js';
import { pdfSegment } from './pdf/segment.js';
import { readText } from './text/read-text.js';
import { textSegment } from './text/segment.js';
import type { ReadProblem } from './tables/table-read.js';

export type { AuditFinding } from './finding.js';

/** What auditing one file gave. */
export interface AuditResult {
  format: 'docx' | 'txt' | 'pdf';
  read?: ReadDocument;
  findings: AuditFinding[];
  /** What could not be read, or the edition has and the document lacks. */
  problems: ReadProblem[];
  ledger: CheckSummary;
  /** The file could not be read at all (a scanned PDF, a foreign .docx): why, in Chinese. */
  unreadable?: string;
}

/** A reader of one file format: bytes → printed blocks, and how its lines read. */
export interface FormatReader {
  format: AuditResult['format'];
  read(bytes: Uint8Array): Promise<ReadBlock[]> | ReadBlock[];
  options: Omit<ReadOptions, 'profile'>;
}

const READERS: Readonly<Record<string, FormatReader>> = {
  '.docx': { format: 'docx', read: (bytes) => readDocx(bytes), options: { wrapped: false } },
  '.txt': { format: 'txt', read: (bytes) => readText(bytes), options: { wrapped: true, segment: textSegment } },
  '.pdf': { format: 'pdf', read: (bytes) => readPdf(bytes), options: { wrapped: true, segment: pdfSegment } },
};

/** Adds a format reader (the text and PDF readers register here). */
export function registerReader(extension: string, reader: FormatReader): void {
  (READERS as Record<string, FormatReader>)[extension] = reader;
}

/** The extensions audit reads. */
export function auditExtensions(): string[] {
  return Object.keys(READERS);
}

/** A published document as read, or why it could not be: the one entry for audit and `init --from`. */
export type Published = { read: ReadDocument; format: AuditResult['format'] } | { unreadable: string; format: AuditResult['format'] };

/** Reads a published document (.docx, .pdf, .txt) into the document model, keeping where everything was read. */
export async function readPublished(bytes: Uint8Array, fileName: string, options: { profile?: string } = {}): Promise<Published> {
  const reader = READERS[extname(fileName).toLowerCase()];
  if (!reader) return { format: 'docx', unreadable: `不支持的文件类型“${extname(fileName) || fileName}”，请提供 ${auditExtensions().join('、')} 文件` };
  try {
    const blocks = await reader.read(bytes);
    return { format: reader.format, read: recogniseDocument(blocks, { ...reader.options, ...(options.profile ? { profile: options.profile } : {}) }) };
  } catch (error) {
    if (error instanceof UnreadableError) return { format: reader.format, unreadable: error.message };
    throw error;
  }
}

/**
 * `yusuan audit` on one file (issue 17): read the published document, run every document rule on what was read,
 * and locate each finding where it is printed. An unreadable or foreign file gives `unreadable`, never a guess.
 */
export async function auditBytes(bytes: Uint8Array, fileName: string, options: { profile?: string } = {}): Promise<AuditResult> {
  const published = await readPublished(bytes, fileName, options);
  if ('unreadable' in published) return unreadable(published.format, published.unreadable);
  const { read } = published;
  const run = checkDocument(read.document);
  const findings = [...structureFindings(read), ...run.diagnostics.map((d) => located(read, d)), ...inputFindings(read), ...classTotalFindings(read), ...wordingFindings(read), ...slipFindings(read)];
  return { format: published.format, read, findings, problems: read.problems, ledger: coverage(run.summary, read) };
}

function unreadable(format: AuditResult['format'], reason: string): AuditResult {
  return { format, findings: [], problems: [{ kind: 'file', message: reason }], ledger: summarize([]), unreadable: reason };
}

function located(read: ReadDocument, d: Diagnostic): AuditFinding {
  const spot = printedSpot(read, d.at, d.message);
  const seen = new Set([JSON.stringify(spot.place ?? null)]);
  const ends = (d.related ?? []).flatMap((at) => printedSpot(read, at).place ?? []);
  const related = [...(spot.related ?? []), ...ends].filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
  return {
    rule: d.rule,
    severity: d.severity,
    ...(spot.place ? { place: spot.place } : {}),
    ...(related.length > 0 ? { related } : {}),
    where: formatLocation(d.at),
    message: d.message,
    ...(spot.text !== undefined ? { printed: spot.text } : {}),
    ...(d.data?.expected !== undefined ? { expected: d.data.expected } : {}),
    ...(d.data?.actual !== undefined ? { actual: d.data.actual } : {}),
  };
}

/**
 * The ledger as the audit reads it: a rule that did not apply because a table the profile prints was not found
 * in the document did not run (issue 17: "which could not (table not found, column unreadable)"); a rule over a
 * table with missing or unreadable columns ran on what was there and says so.
 */
function coverage(summary: CheckSummary, read: ReadDocument): CheckSummary {
  const profileKeys = new Map(read.profile.tables.map((t) => [t.key, t.id]));
  return summarize(
    summary.rules.map((r): RuleResult => {
      const missing = r.status === 'not-applicable' ? /^本模板没有表 (.*)$/.exec(r.reason ?? '')?.[1]?.split('、') : undefined;
      const notFound = missing?.filter((k) => profileKeys.has(k));
      if (!notFound || notFound.length === 0) return r;
      return { ...r, status: 'not-run', reason: `文档中未找到${notFound.map((k) => `${profileKeys.get(k)}表`).join('、')}` };
    }),
  );
}
