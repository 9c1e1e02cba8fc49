import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { InputLimits } from '../input/limits.js';
import { fileError } from '../input/source.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { BudgetInput, BudgetInputJson } from '../model/schema.js';

/**
 * What `generate` and `validate` accept: a path to an .xlsx or .json file; a file's bytes and its name (the
 * extension picks the reader); or the input data already in memory, in the JSON shape (BudgetInputJson) or as
 * parsed (BudgetInput, whose amounts print back to the same strings). Data in memory is checked like a file.
 */
export type ApiInput =
  | string
  | { path: string }
  | { bytes: Uint8Array; fileName: string }
  | { data: BudgetInputJson | BudgetInput; name?: string };

/** An input ready for the pipeline: its bytes, the file name the readers and messages use, and the output name. */
export interface LoadedInput {
  bytes: Uint8Array;
  fileName: string;
  name: string;
}

/** Reads the input into bytes; a file over the size limit is a finding (S04) and is never read. */
export async function loadInput(input: ApiInput, limits: InputLimits): Promise<LoadedInput | { name: string; diagnostics: Diagnostic[] }> {
  if (typeof input === 'string' || 'path' in input) return loadFile(typeof input === 'string' ? input : input.path, limits);
  if ('bytes' in input) return { bytes: input.bytes, fileName: basename(input.fileName), name: outputName(input.fileName) };
  const name = input.name ?? 'input';
  return { bytes: Buffer.from(JSON.stringify(input.data)), fileName: `${name}.json`, name };
}

async function loadFile(path: string, limits: InputLimits): Promise<LoadedInput | { name: string; diagnostics: Diagnostic[] }> {
  const name = outputName(path);
  const size = (await stat(path)).size;
  if (size > limits.maxFileBytes) {
    const message = `文件过大（${(size / 1048576).toFixed(1)} MB），上限为 ${(limits.maxFileBytes / 1048576).toFixed(1)} MB`;
    return { name, diagnostics: [fileError('S04', basename(path), message)] };
  }
  return { bytes: await readFile(path), fileName: basename(path), name };
}

/** Output base name: the file name, or its folder's name for `…/<case>/input.json` (the examples/ layout). */
export function outputName(file: string): string {
  const base = basename(file, extname(file));
  return base === 'input' && basename(dirname(file)) !== '.' ? basename(dirname(file)) : base;
}
