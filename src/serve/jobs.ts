import { generate, explain, type Format, type InputLimits } from '../api.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Trace } from '../explain/index.js';
import type { CheckSummary } from '../checks/index.js';
import { profilePathFinding } from './profile-guard.js';

/**
 * The work a page asks for, as plain data that crosses a worker thread: every job reads the input from bytes the
 * server holds (never a path from a request) through the library API, with the CLI's limits.
 */
export type Job =
  | { kind: 'analyze'; input: JobInput }
  | { kind: 'generate'; input: JobInput; formats: Format[] }
  | { kind: 'explain'; input: JobInput }
  | { kind: 'sheet'; input: JobInput; sheet: string; cell?: string }
  | { kind: 'audit'; input: JobInput }
  | { kind: 'profile'; dir: string }
  /** `from.path` is relative to `cwd` (the officer's file name), so init's messages name no folder of the server. */
  | { kind: 'init'; year?: number; scope?: '部门' | '单位'; from?: { path: string }; output: string; cwd: string };

/** An uploaded input: its bytes and the file name the officer gave it (only its extension and base name are used). */
export interface JobInput {
  bytes: Uint8Array;
  fileName: string;
  profile?: string;
  limits: InputLimits;
}

/** What `analyze` found: the findings, the ledger, and the document as HTML when one could be built. */
export interface Analyzed {
  name: string;
  title?: string;
  diagnostics: Diagnostic[];
  ledger?: CheckSummary;
  ledgerText?: string;
  html?: string;
  tables: { key: string; label: string; title: string }[];
}

/** The files `generate` rendered, under the names the CLI would write them (`2024年XX局部门预算公开.docx`). */
export interface GeneratedFiles {
  diagnostics: Diagnostic[];
  files: { name: string; format: string; bytes: Uint8Array }[];
}

/** What `yusuan audit` found in a published document, as the page lists it, and its report (`<名称>.审查报告.md`). */
export interface Audited {
  findings: { rule: string; severity: Diagnostic['severity']; where: string; message: string }[];
  ledgerText?: string;
  unreadable?: string;
  text: string;
  report: { name: string; bytes: Uint8Array };
}

/** A window of a workbook sheet around one cell, for showing where a finding points. */
export interface SheetPreview {
  sheet: string;
  firstRow: number;
  columns: string[];
  rows: { row: number; cells: string[] }[];
  merges: string[];
  found: boolean;
}

export type JobResult =
  | { kind: 'analyze'; analyzed: Analyzed }
  | { kind: 'generate'; generated: GeneratedFiles }
  | { kind: 'explain'; trace?: Trace; diagnostics: Diagnostic[] }
  | { kind: 'sheet'; preview?: SheetPreview }
  | { kind: 'audit'; audited: Audited }
  | { kind: 'profile'; id?: string; error?: string }
  | { kind: 'init'; code: number; stdout: string; stderr: string };

/** Runs one job (in a worker thread of the pool; in-process in tests of the jobs themselves). */
export async function runJob(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case 'analyze':
      return { kind: 'analyze', analyzed: await analyze(job.input) };
    case 'generate':
      return { kind: 'generate', generated: await generateFiles(job.input, job.formats) };
    case 'explain': {
      const refused = await profilePathFinding(job.input);
      if (refused) return { kind: 'explain', diagnostics: [refused] };
      const explained = await explain(apiInput(job.input), [], options(job.input));
      return { kind: 'explain', ...(explained.trace ? { trace: explained.trace } : {}), diagnostics: explained.diagnostics };
    }
    case 'sheet': {
      const { sheetPreview } = await import('./sheet-preview.js');
      const preview = await sheetPreview(job.input, job.sheet, job.cell);
      return { kind: 'sheet', ...(preview ? { preview } : {}) };
    }
    case 'init':
      return { kind: 'init', ...(await runInit(job)) };
    case 'audit':
      return { kind: 'audit', audited: await audit(job.input) };
    case 'profile':
      return { kind: 'profile', ...(await checkProfile(job.dir)) };
  }
}

function apiInput(input: JobInput): { bytes: Uint8Array; fileName: string } {
  return { bytes: input.bytes, fileName: input.fileName };
}

function options(input: JobInput): { profile?: string; limits: InputLimits } {
  return { limits: input.limits, ...(input.profile ? { profile: input.profile } : {}) };
}

async function analyze(input: JobInput): Promise<Analyzed> {
  const refused = await profilePathFinding(input);
  if (refused) return { name: input.fileName.replace(/\.[^.]*$/, ''), diagnostics: [refused], tables: [] };
  const generated = await generate(apiInput(input), { ...options(input), formats: [] });
  const { formatSummary } = await import('../checks/report.js');
  const document = generated.document;
  const base: Analyzed = {
    name: generated.name,
    diagnostics: generated.diagnostics,
    tables: [],
    ...(generated.ledger ? { ledger: generated.ledger, ledgerText: formatSummary(generated.ledger) } : {}),
  };
  if (!document) return base;
  const { documentToHtml } = await import('../render/html/document.js');
  const tables = document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? [{ key: b.table.key, label: b.table.label, title: b.table.title }] : [])));
  return { ...base, title: document.meta.title, html: documentToHtml(document), tables };
}

/** `generate` as the CLI runs it; the files are renamed as the CLI names them by default (--name's default). */
async function generateFiles(input: JobInput, formats: Format[]): Promise<GeneratedFiles> {
  const refused = await profilePathFinding(input);
  if (refused) return { diagnostics: [refused], files: [] };
  const generated = await generate(apiInput(input), { ...options(input), formats });
  const { DEFAULT_NAME_PATTERN, nameFacts, outputBaseName } = await import('../cli/output-names.js');
  const name = outputBaseName(DEFAULT_NAME_PATTERN, nameFacts(generated.document, generated.name));
  const files = generated.files.map((f) => ({ name: `${name}${f.name.slice(generated.name.length)}`, format: f.format, bytes: f.bytes }));
  return { diagnostics: generated.diagnostics, files };
}

/** `yusuan audit` on one uploaded published document (.docx, .pdf), with the CLI's report. */
async function audit(input: JobInput): Promise<Audited> {
  const [{ auditBytes }, { formatAudit }, { auditMarkdown }, { formatPlace }, { formatSummary }] = await Promise.all([
    import('../audit/audit.js'),
    import('../audit/report.js'),
    import('../audit/report-md.js'),
    import('../audit/read-model.js'),
    import('../checks/report.js'),
  ]);
  const result = await auditBytes(input.bytes, input.fileName, input.profile ? { profile: input.profile } : {});
  const findings = result.findings.map((f) => ({ rule: f.rule, severity: f.severity, where: [f.place ? formatPlace(f.place) : '', f.where].filter(Boolean).join(' '), message: f.message }));
  const base = input.fileName.replace(/\.[^.]*$/, '');
  return {
    findings,
    ...(result.unreadable ? { unreadable: result.unreadable } : { ledgerText: formatSummary(result.ledger) }),
    text: formatAudit(input.fileName, result),
    report: { name: `${base}.审查报告.md`, bytes: Buffer.from(auditMarkdown(input.fileName, result), 'utf8') },
  };
}

/** Loads an uploaded profile folder as generation will: its id, or every problem with its file and field. */
async function checkProfile(dir: string): Promise<{ id?: string; error?: string }> {
  const { loadProfile, ProfileError, problemText } = await import('../document/profile.js');
  try {
    return { id: loadProfile(dir).id };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { error: error.problems.map(problemText).join('\n') };
  }
}

/** `yusuan init` itself, writing into the session's folder (the server chose both paths). */
async function runInit(job: Extract<Job, { kind: 'init' }>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { initCommand } = await import('../cli/init-command.js');
  if (job.from && /\.(json|xlsx)$/i.test(job.from.path)) {
    const { readFile } = await import('node:fs/promises');
    const { limitsFromEnv } = await import('../input/limits.js');
    const { resolve } = await import('node:path');
    const input = { bytes: await readFile(resolve(job.cwd, job.from.path)), fileName: job.from.path.replace(/^.*[\\/]/, ''), limits: limitsFromEnv(process.env) };
    const refused = await profilePathFinding(input);
    if (refused) return { code: 1, stdout: '', stderr: `${refused.message}\n` };
  }
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd: job.cwd, env: process.env, isTTY: false };
  const values = { output: job.output, ...(job.year ? { year: String(job.year) } : {}), ...(job.scope ? { scope: job.scope } : {}), ...(job.from ? { from: job.from.path } : {}) };
  try {
    return { code: await initCommand([], values, io), stdout, stderr };
  } catch (error) {
    return { code: 2, stdout, stderr: `${stderr}${error instanceof Error ? error.message : String(error)}\n` };
  }
}
