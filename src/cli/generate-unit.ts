import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generate, type GeneratedFile } from '../api.js';
import type { ProcessOptions } from '../pipeline.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CheckSummary } from '../checks/index.js';
import { FORMATS, outputPath, writerFor, type Format } from '../render/writers/index.js';
import type { StagedOutput } from './commit.js';
import { DEFAULT_NAME_PATTERN, nameFacts, outputBaseName } from './output-names.js';

export { FORMATS, type Format };

/** S09: a writer's tool (LibreOffice) failed; the input is not at fault. */
const TOOL_RULE = 'S09';

export interface UnitOptions extends ProcessOptions {
  outDir: string;
  formats: readonly Format[];
  force: boolean;
  /** The output name pattern (`--name`); DEFAULT_NAME_PATTERN when absent. */
  namePattern?: string;
  /** This run's staging folder inside `outDir`: each unit writes there first (`<staging>/<index>/`). */
  stagingDir?: string;
}

/** What one unit of a batch produced; plain data, so it crosses worker threads. */
export interface UnitOutcome {
  file: string;
  /** The output base name the unit asked for (its unit and year; see output-names.ts). */
  name: string;
  /** The unit as the officer knows it: its full name, or the file's name when it could not be read. */
  unit: string;
  diagnostics: Diagnostic[];
  /** Outputs written to the staging folder, waiting for their final name. */
  staged: StagedOutput[];
  /** Final paths, once committed. */
  written: string[];
  /** The name actually written under, when another unit of the run had taken `name`. */
  renamed?: string;
  /** Input errors (or no document): exit 1. */
  failed: boolean;
  /** A tool could not write a format (S09: LibreOffice missing, failing or stalled): exit 2, not an input error. */
  toolFailed?: boolean;
  /** Per-rule outcome of the checks, for the ledger line (absent when nothing could be checked). */
  ledger?: CheckSummary;
}

/** Generates one input through the library API and stages its files; never throws for bad input (bugs still throw). */
export async function generateUnit(file: string, options: UnitOptions, index = 0): Promise<UnitOutcome> {
  const { outDir, formats, force, namePattern, stagingDir, ...pipeline } = options;
  const generated = await generate({ path: file }, { ...pipeline, formats, force });
  const facts = nameFacts(generated.document, generated.name);
  const name = outputBaseName(namePattern ?? DEFAULT_NAME_PATTERN, facts);
  const staged = await stageFiles(generated.files, generated.name, name, formats, join(stagingDir ?? join(outDir, '.yusuan-staging'), String(index)));
  const failed = !generated.document || generated.diagnostics.some((d) => d.severity === 'error' && d.rule !== TOOL_RULE);
  const toolFailed = generated.diagnostics.some((d) => d.rule === TOOL_RULE);
  const unit = facts.单位 || generated.name;
  return { file, name, unit, diagnostics: generated.diagnostics, staged, written: [], failed, ...(toolFailed ? { toolFailed } : {}), ...(generated.ledger ? { ledger: generated.ledger } : {}) };
}

/**
 * Writes each format's output into the unit's staging folder under its final base name (`<name>.docx`,
 * `<name>.fdp/…`), one per format in the order asked; a format that produced nothing (PDF without LibreOffice) is
 * skipped. The API names files after `apiName`; they are renamed here.
 */
async function stageFiles(files: readonly GeneratedFile[], apiName: string, name: string, formats: readonly Format[], dir: string): Promise<StagedOutput[]> {
  const staged: StagedOutput[] = [];
  for (const format of formats) {
    const writer = writerFor(format);
    const own = files.filter((f) => f.format === format);
    if (!writer || own.length === 0) continue;
    const suffix = outputPath(writer, '');
    for (const f of own) {
      const path = join(dir, `${name}${f.name.slice(apiName.length)}`);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.bytes);
    }
    staged.push({ suffix, folder: writer.folder ?? false });
  }
  return staged;
}
