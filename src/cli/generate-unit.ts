import { join } from 'node:path';
import { generate, type GeneratedFile } from '../api.js';
import type { ProcessOptions } from '../pipeline.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import type { CheckSummary } from '../checks/index.js';
import { FORMATS, outputPath, writerFor, type Format } from '../render/writers/index.js';
import { replaceFolder } from './write-folder.js';
import { writeAtomic } from './write.js';

export { FORMATS, type Format };

export interface UnitOptions extends ProcessOptions {
  outDir: string;
  formats: readonly Format[];
  force: boolean;
}

/** What one unit of a batch produced; plain data, so it crosses worker threads. */
export interface UnitOutcome {
  file: string;
  name: string;
  diagnostics: Diagnostic[];
  written: string[];
  failed: boolean;
  /** Per-rule outcome of the checks, for the ledger line (absent when nothing could be checked). */
  ledger?: CheckSummary;
}

/** Generates one input through the library API, then writes its files; never throws for bad input (bugs still throw). */
export async function generateUnit(file: string, options: UnitOptions): Promise<UnitOutcome> {
  const { outDir, formats, force, ...pipeline } = options;
  const generated = await generate({ path: file }, { ...pipeline, formats, force });
  const written = await writeFiles(generated.files, generated.name, formats, outDir);
  const failed = !generated.document || hasErrors(generated.diagnostics);
  return { file, name: generated.name, diagnostics: generated.diagnostics, written, failed, ...(generated.ledger ? { ledger: generated.ledger } : {}) };
}

/**
 * Writes each format's output atomically (a file by temp-and-rename, a folder format as a whole) and returns the
 * paths written, one per format in the order asked; a format that produced nothing (PDF without LibreOffice) is skipped.
 */
async function writeFiles(files: readonly GeneratedFile[], name: string, formats: readonly Format[], outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const format of formats) {
    const writer = writerFor(format);
    const own = files.filter((f) => f.format === format);
    if (!writer || own.length === 0) continue;
    const target = join(outDir, outputPath(writer, name));
    if (writer.folder) await replaceFolder(target, own.map((f) => ({ path: f.name.slice(outputPath(writer, name).length + 1), bytes: f.bytes })));
    else for (const f of own) await writeAtomic(join(outDir, f.name), f.bytes);
    written.push(target);
  }
  return written;
}
