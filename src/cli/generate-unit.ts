import { readFile, stat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { processInput, type ProcessOptions } from '../pipeline.js';
import { documentToText } from '../document/dump.js';
import type { BudgetDocument } from '../document/model.js';
import { renderDocx } from '../render/docx/index.js';
import { verifyDocx } from '../render/docx/verify.js';
import { renderXlsx } from '../render/xlsx/index.js';
import { convertToPdf, PdfToolError } from '../render/pdf.js';
import { fileError } from '../input/source.js';
import { DEFAULT_LIMITS } from '../input/limits.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { outputName } from './files.js';
import { writeAtomic } from './write.js';

export const FORMATS = ['docx', 'xlsx', 'pdf', 'json', 'md'] as const;
export type Format = (typeof FORMATS)[number];

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
}

/** Reads, validates and writes one input; never throws for bad input (bugs still throw). */
export async function generateUnit(file: string, options: UnitOptions): Promise<UnitOutcome> {
  const name = outputName(file);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const outcome: UnitOutcome = { file, name, diagnostics: [], written: [], failed: true };
  const size = (await stat(file)).size;
  if (size > limits.maxFileBytes) {
    outcome.diagnostics.push(fileError('S04', basename(file), `文件过大（${(size / 1048576).toFixed(1)} MB），上限为 ${(limits.maxFileBytes / 1048576).toFixed(1)} MB`));
    return outcome;
  }
  const processed = await processInput(await readFile(file), basename(file), options);
  outcome.diagnostics = processed.diagnostics;
  if (!processed.document || (hasErrors(processed.diagnostics) && !options.force)) return outcome;
  const document = { ...processed.document, meta: { ...processed.document.meta, source: name } };
  outcome.written = await writeOutputs(document, processed.diagnostics, name, options);
  outcome.failed = hasErrors(outcome.diagnostics);
  return outcome;
}

async function writeOutputs(document: BudgetDocument, diagnostics: Diagnostic[], name: string, options: UnitOptions): Promise<string[]> {
  const written: string[] = [];
  const target = (ext: string) => join(options.outDir, `${name}.${ext}`);
  const needsDocx = options.formats.includes('docx') || options.formats.includes('pdf');
  const docx = needsDocx ? await renderDocx(document) : undefined;
  if (docx) await verifyDocx(docx, document);
  for (const format of options.formats) {
    const path = target(format);
    if (format === 'docx' && docx) await writeAtomic(path, docx);
    if (format === 'xlsx') await writeAtomic(path, await renderXlsx(document));
    if (format === 'json') await writeAtomic(path, `${JSON.stringify({ document, diagnostics }, null, 2)}\n`);
    if (format === 'md') await writeAtomic(path, documentToText(document));
    if (format === 'pdf' && docx) {
      const problem = await writePdf(docx, name, path);
      if (problem) {
        diagnostics.push(problem);
        continue;
      }
    }
    written.push(path);
  }
  return written;
}

/** Converts in a private temp folder, then moves the PDF into place atomically; a missing LibreOffice is a finding. */
async function writePdf(docx: Uint8Array, name: string, path: string): Promise<Diagnostic | undefined> {
  const work = await mkdtemp(join(tmpdir(), 'yusuan-pdf-'));
  try {
    const docxPath = join(work, `${name}.docx`);
    await writeAtomic(docxPath, docx);
    const pdfPath = await convertToPdf(docxPath, work);
    await writeAtomic(path, await readFile(pdfPath));
    return undefined;
  } catch (error) {
    if (error instanceof PdfToolError) return fileError('S09', `${name}.pdf`, `无法生成 PDF：${error.message}`);
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
