import { dirname, resolve } from 'node:path';
import { loadInput, type ApiInput } from './api/input.js';
import { nothingChecked, type CheckSummary } from './checks/index.js';
import { DEFAULT_LIMITS, type InputLimits } from './input/limits.js';
import { hasErrors, type Diagnostic } from './model/diagnostic.js';
import { processInput, type ProcessOptions, type Processed } from './pipeline.js';
import type { BudgetDocument } from './document/model.js';
import { explainInput, type Explained } from './explain/index.js';
import { DEFAULT_FORMATS, FORMATS, isFormat, renderFormats, writerFor, type Format, type RenderedFile } from './render/writers/index.js';

export type { ApiInput } from './api/input.js';
export { outputName } from './api/input.js';
export type { BudgetDocument } from './document/model.js';
export type { BudgetInput, BudgetInputJson } from './model/schema.js';
export type { InputLimits } from './input/limits.js';
export { formatDiagnostic, formatLocation, hasErrors, type Diagnostic, type Location } from './model/diagnostic.js';
export { DEFAULT_FORMATS, FORMATS, WRITERS, type Format, type Writer } from './render/writers/index.js';
export type { CheckSummary, RuleResult } from './checks/index.js';
export { formatEntry, formatMatch, type Explained, type RefMatch, type Trace, type TraceEntry } from './explain/index.js';

/** The per-rule outcome of the checks (ran, passed, failed, not run and why), as the pipeline reports it. */
export type Ledger = CheckSummary;

export interface ValidateOptions {
  /** Profile id (`luoyang-2024`) that overrides the input's and the year's choice. */
  profile?: string;
  /** Extra folders searched for profiles before the package's templates/. */
  profileRoots?: string[];
  /** Input limits (file size, rows, text length); the defaults when absent. */
  limits?: InputLimits;
}

export interface GenerateOptions extends ValidateOptions {
  /** Formats to render, in order; `docx` and `xlsx` when absent. */
  formats?: readonly Format[];
  /** Render even when the checks found errors (not for publication). */
  force?: boolean;
}

/** What validation found: every finding, and the per-rule ledger. */
export interface Validated {
  /** Output base name: the input's file name without extension, or its folder's for `…/<case>/input.json`. */
  name: string;
  diagnostics: Diagnostic[];
  ledger?: Ledger;
}

/** One rendered file, in memory: `name` is relative to an output folder (`<name>.docx`, `<name>.fdp/income.csv`). */
export type { RenderedFile as GeneratedFile } from './render/writers/index.js';

/** What `generate` produced; `files` is empty when there were errors and `force` was not set. */
export interface Generated extends Validated {
  document?: BudgetDocument;
  files: RenderedFile[];
}

/**
 * Validates one input and renders the requested formats in memory: nothing is written at any output path (the
 * pdf writer converts in a private temp folder). The CLI's `generate` is this plus writing `files`.
 */
export async function generate(input: ApiInput, options: GenerateOptions = {}): Promise<Generated> {
  const formats = checkFormats(options.formats ?? DEFAULT_FORMATS);
  const trace = formats.some((f) => writerFor(f)?.trace);
  const { processed, name } = await run(input, { ...options, ...(trace ? { trace } : {}) });
  const result: Generated = { name, diagnostics: processed.diagnostics, ...ledgerOf(processed), files: [] };
  if (!processed.document) return result;
  const document = { ...processed.document, meta: { ...processed.document.meta, source: name } };
  if (hasErrors(processed.diagnostics) && !options.force) return { ...result, document };
  const context = { name, diagnostics: processed.diagnostics, processed: { ...processed, document } };
  const files = await renderFormats(document, formats, context);
  return { ...result, document, files };
}

/** Reads and checks one input; nothing is rendered or written. */
export async function validate(input: ApiInput, options: ValidateOptions = {}): Promise<Validated> {
  const { processed, name } = await run(input, options);
  return { name, diagnostics: processed.diagnostics, ...ledgerOf(processed) };
}

/**
 * Traces every printed figure to the input facts it reads, and answers each ref (`预算01 支出总计`, `预算05!F9`,
 * `三公经费 增长率`) as `yusuan explain` does; `trace` is absent when no document could be built.
 */
export async function explain(input: ApiInput, refs: readonly string[] = [], options: ValidateOptions = {}): Promise<Explained & { name: string }> {
  const loaded = await loadInput(input, options.limits ?? DEFAULT_LIMITS);
  if ('diagnostics' in loaded) return { name: loaded.name, matches: [], diagnostics: loaded.diagnostics };
  return { name: loaded.name, ...(await explainInput(loaded.bytes, loaded.fileName, refs, { ...baseDirOf(input), ...options })) };
}

async function run(input: ApiInput, options: ProcessOptions): Promise<{ processed: Processed; name: string }> {
  const loaded = await loadInput(input, options.limits ?? DEFAULT_LIMITS);
  if ('diagnostics' in loaded) return { processed: { diagnostics: loaded.diagnostics, ledger: nothingChecked('输入文件无法读取') }, name: loaded.name };
  return { processed: await processInput(loaded.bytes, loaded.fileName, { ...baseDirOf(input), ...options }), name: loaded.name };
}

/** A directory in the input's `profile` field is relative to the input file (docs/profiles.md). */
function baseDirOf(input: ApiInput): { baseDir?: string } {
  if (typeof input === 'string') return { baseDir: dirname(resolve(input)) };
  return 'path' in input ? { baseDir: dirname(resolve(input.path)) } : {};
}

function ledgerOf(processed: Processed): { ledger?: Ledger } {
  return processed.ledger ? { ledger: processed.ledger } : {};
}

function checkFormats(formats: readonly string[]): Format[] {
  const unknown = formats.filter((f) => !isFormat(f));
  if (unknown.length) throw new RangeError(`不支持的输出格式：${unknown.join('、')}（可选：${FORMATS.join('、')}）`);
  return formats.filter(isFormat);
}
